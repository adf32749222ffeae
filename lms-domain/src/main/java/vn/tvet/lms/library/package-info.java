/**
 * The shared digital library (kho học liệu số dùng chung). For now it holds the port through which the
 * platform keeps bytes in object storage; the learning resources themselves arrive with the library issue.
 */
package vn.tvet.lms.library;
