/**
 * Module screens: the school's modules and the network's shared ones, the learner's view, the network review,
 * and the module editor. The editor is one view-scoped {@link vn.tvet.lms.web.courseware.ModuleDraft} (the
 * module, every change, reload) shared by one bean per section: title and summary with autosave
 * ({@link vn.tvet.lms.web.courseware.ModuleEditorPage}), outcomes mapped on a searchable competency tree
 * ({@link vn.tvet.lms.web.courseware.ModuleOutcomesPage}), lessons reordered by drag and drop or keyboard
 * ({@link vn.tvet.lms.web.courseware.ModuleLessonsPage}), the open lesson's activities
 * ({@link vn.tvet.lms.web.courseware.ModuleActivitiesPage}), publishing and learners' versions
 * ({@link vn.tvet.lms.web.courseware.ModuleVersionsPage}), sharing and linked-copy updates
 * ({@link vn.tvet.lms.web.courseware.ModuleSharingPage}).
 */
package vn.tvet.lms.web.courseware;
