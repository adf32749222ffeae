-- Attachment data the LRS received (issue 14), by the SHA-2 the statement declared; the bytes are in the object
-- store under their SHA-256 (blob_sha256), so one file sent with many statements is kept once.
create table xapi_attachment (
    sha2         varchar(128) primary key,
    blob_sha256  varchar(64)  not null,
    content_type varchar(255) not null,
    length       bigint       not null
);

create index xapi_attachment_blob on xapi_attachment (blob_sha256);
