/**
 * TVET institutions (cơ sở GDNN): colleges, intermediate schools and centres that share one
 * installation. Every school-scoped record in the platform points at an {@link vn.tvet.lms.institution.Institution}.
 */
package vn.tvet.lms.institution;
