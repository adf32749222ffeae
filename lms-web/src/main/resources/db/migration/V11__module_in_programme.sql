-- A module may be the authored content of one module row of its school's programme, so the programme's
-- competency coverage and the network indicator also count what the module's outcomes are mapped to.

alter table course_module add column programme_course_id bigint references programme_course (id) on delete set null;

create index course_module_programme_course on course_module (programme_course_id);
