-- Learners join a programme class (and so every one of its module classes) with its key, like a module class.
alter table programme_class add column enrolment_key varchar(20);
create unique index programme_class_key_per_school on programme_class (school_id, enrolment_key);
