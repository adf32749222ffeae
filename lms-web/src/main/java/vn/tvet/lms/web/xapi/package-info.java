/** The xAPI LRS over HTTP (issue 14): {@code /xapi/*}, HTTP Basic with the school's LRS client credentials. */
package vn.tvet.lms.web.xapi;
