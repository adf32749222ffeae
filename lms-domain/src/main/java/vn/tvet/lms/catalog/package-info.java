/**
 * The national catalogues the rest of the platform refers to: training levels and occupations (ngành,
 * nghề) with their codes, importable from CSV; competency frameworks follow with the programmes issue.
 */
package vn.tvet.lms.catalog;
