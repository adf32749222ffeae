-- Large files upload in chunks that survive dropped connections (issue 3). The bytes are parts of a
-- multipart upload in the object store; these rows remember which parts arrived.

create table upload_session (
    id              uuid primary key,
    resource_id     bigint       not null references learning_resource (id),
    person_id       bigint       not null references person (id),
    file_name       varchar(255) not null,
    total_bytes     bigint       not null check (total_bytes > 0),
    chunk_bytes     integer      not null check (chunk_bytes > 0),
    staging_key     varchar(200) not null,
    store_upload_id varchar(1000) not null,
    received_bytes  bigint       not null check (received_bytes between 0 and total_bytes),
    created_at      timestamp(6) with time zone not null,
    touched_at      timestamp(6) with time zone not null
);

create index upload_session_touched on upload_session (touched_at);

create table upload_session_part (
    session_id  uuid    not null references upload_session (id) on delete cascade,
    part_number integer not null,
    etag        varchar(200) not null,
    size_bytes  bigint  not null,
    primary key (session_id, part_number)
);
