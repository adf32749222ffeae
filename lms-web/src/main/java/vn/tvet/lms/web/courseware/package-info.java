/**
 * Module screens: the school's modules and the network's shared ones, the module editor (outcomes mapped on
 * a searchable competency tree, lessons reordered by drag and drop or keyboard, activities, autosave,
 * publishing, learners' versions, sharing, linked-copy updates), the learner's view, and the network review.
 */
package vn.tvet.lms.web.courseware;
