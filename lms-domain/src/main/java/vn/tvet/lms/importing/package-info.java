/**
 * Reading files people upload for bulk imports (student lists, occupation catalogues, competency
 * frameworks): bounded in size and rows, tolerant of what spreadsheet programs write (a BOM, semicolons).
 */
package vn.tvet.lms.importing;
