/**
 * The xAPI 1.0.3 Learning Record Store (issue 14): statement validation to the letter of the specification (Part
 * Two, "Experience API Data"), and, as the LRS grows, storage, queries and documents over the learning record.
 */
package vn.tvet.lms.xapi;
