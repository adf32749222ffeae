-- Extra time for a learner's timed quizzes in a class (issue 13): an accommodation the class's teachers grant, for
-- example to learners with disabilities; 50 means a 20-minute quiz gives them 30 minutes. Kept on the server only.
alter table class_enrolment add column extra_time_percent integer not null default 0
    check (extra_time_percent between 0 and 200);
