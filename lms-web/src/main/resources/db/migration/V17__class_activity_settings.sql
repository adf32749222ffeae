-- What a class's teachers set per activity (issue 13): a due date, an activity that must be completed first
-- (prerequisite), and for quizzes the share of right answers that passes. Keyed by the activity's IRI in the
-- learning record; a row exists only while at least one setting is made.
create table class_activity_setting (
    class_id             bigint        not null references school_class (id) on delete cascade,
    activity_id          varchar(2000) not null,
    due_on               date,
    requires_activity_id varchar(2000),
    pass_percent         integer check (pass_percent between 0 and 100),
    primary key (class_id, activity_id)
);
