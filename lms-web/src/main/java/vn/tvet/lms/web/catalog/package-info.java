/** Catalogue screens for network admins: the occupation list and its CSV import. */
package vn.tvet.lms.web.catalog;
