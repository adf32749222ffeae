/** Demo schools and people for the local run and the browser tests; off unless lms.demo.enabled is true. */
package vn.tvet.lms.web.demo;
