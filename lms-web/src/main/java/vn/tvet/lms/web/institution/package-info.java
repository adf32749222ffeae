/** The network admin's screens for the institutions of the installation. */
package vn.tvet.lms.web.institution;
