/**
 * The national catalogues the rest of the platform refers to: training levels now; occupations and
 * competency frameworks with the programmes issue.
 */
package vn.tvet.lms.catalog;
