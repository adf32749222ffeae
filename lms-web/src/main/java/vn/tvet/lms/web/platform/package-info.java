/**
 * What every page stands on: the data source and schema migration, configuration-driven producers,
 * the health endpoint, locale selection and the mapping of failures to friendly error pages.
 */
package vn.tvet.lms.web.platform;
