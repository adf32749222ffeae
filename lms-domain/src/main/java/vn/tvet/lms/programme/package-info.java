/**
 * Training programmes (chương trình đào tạo) of a school for an occupation and level: their learning
 * outcomes (chuẩn đầu ra), minimum learning volume, and the ordered list of modules and subjects (mô đun,
 * môn học) with codes, credits and hours. Module content and outcome mapping come with module authoring.
 */
package vn.tvet.lms.programme;
