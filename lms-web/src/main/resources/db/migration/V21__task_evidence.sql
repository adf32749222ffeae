-- Learners hand in evidence for practical tasks (photos, videos, documents; issue 13) through the resumable
-- upload path: an upload goes either to a library item or to a task of a class.
alter table upload_session alter column resource_id drop not null;
alter table upload_session
    add column evidence_class_id bigint references school_class (id) on delete cascade,
    add column evidence_step     integer check (evidence_step >= 0),
    add constraint upload_session_one_target check ((resource_id is null) <> (evidence_class_id is null));

-- One file handed in; its id is the upload's, so a finish retried after it succeeded finds it. The bytes are
-- content-addressed in the object store (the orphan sweep keeps them while a row names them).
create table task_evidence (
    id           uuid primary key,
    class_id     bigint        not null references school_class (id) on delete cascade,
    person_id    bigint        not null references person (id),
    registration uuid          not null,
    activity_id  varchar(2000) not null,
    file_name    varchar(255)  not null,
    media_type   varchar(200)  not null,
    size_bytes   bigint        not null check (size_bytes > 0),
    sha256       varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    handed_in_at timestamp(6) with time zone not null
);

create index task_evidence_task on task_evidence (class_id, activity_id, person_id);
create index task_evidence_sha256 on task_evidence (sha256);
