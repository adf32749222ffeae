/** Personal collections: the library items a person keeps for later, each pinned to the version they chose. */
package vn.tvet.lms.library.collection;
