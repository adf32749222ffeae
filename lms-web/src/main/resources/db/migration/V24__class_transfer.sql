-- A learner moved from one class of a module to another (issue 13: per learner, e.g. to a class on the module's
-- newer version) keeps what they completed: the new enrolment names the one they left, and their completions
-- there count for the same activities in the new class (matched by kind, title and library item).
alter table class_enrolment add column carried_from bigint references class_enrolment (id);
