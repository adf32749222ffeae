/** Vietnamese text handling every feature shares: folding case and diacritics the way people type. */
package vn.tvet.lms.text;
