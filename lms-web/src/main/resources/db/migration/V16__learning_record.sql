-- The learning record (quá trình học tập, issue 13): every learning event once, as an xAPI 1.0.3 statement.
-- The statement as stored is immutable; the columns next to it are copies of its parts that queries need
-- (the next issue serves the same rows as an xAPI LRS). Progress is derived from these rows, never kept apart.

create table learning_statement (
    id           uuid primary key,
    -- the order statements were stored in: stable paging for readers
    seq          bigint generated always as identity unique,
    school_id    bigint references institution (id),
    person_id    bigint references person (id),
    verb_id      varchar(300)  not null,
    activity_id  varchar(2000),
    registration uuid,
    statement    jsonb         not null,
    timestamp_at timestamp(6) with time zone not null,
    stored_at    timestamp(6) with time zone not null,
    voided       boolean       not null default false
);

create index learning_statement_learner on learning_statement (person_id, registration, activity_id);
create index learning_statement_registration on learning_statement (registration);
create index learning_statement_activity on learning_statement (activity_id);
create index learning_statement_verb on learning_statement (verb_id);
create index learning_statement_stored on learning_statement (stored_at);
