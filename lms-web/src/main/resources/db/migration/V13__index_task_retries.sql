-- A task whose document fails to index is retried a few times with growing pauses, then parked with its error
-- for the network admin, so one bad document no longer holds back every later change.
alter table search_index_task
    add column attempts        integer not null default 0 check (attempts >= 0),
    add column next_attempt_at timestamp(6) with time zone,
    add column last_error      varchar(2000),
    add column parked_at       timestamp(6) with time zone;

create index search_index_task_parked on search_index_task (parked_at) where parked_at is not null;
