/**
 * Programme screens for teachers and school admins: the school's programmes, the read-only view, and the editor:
 * one view-scoped {@link vn.tvet.lms.web.programme.ProgrammeDraft} shared by its sections (title, outcomes and
 * courses in {@link vn.tvet.lms.web.programme.ProgrammePage}, competency mapping in
 * {@link vn.tvet.lms.web.programme.ProgrammeMappingPage}, credit transfer in
 * {@link vn.tvet.lms.web.programme.CreditEquivalencesPage}).
 */
package vn.tvet.lms.web.programme;
