-- How learners complete each activity of a class and the class's module (issue 13): the rule per activity
-- (null: the kind's default), the share of a video to watch, activities the module does not need, and per class
-- all required activities or a mean quiz grade.
alter table class_activity_setting
    add column completion        varchar(12),
    add column watch_percent     integer check (watch_percent between 1 and 100),
    add column optional_activity boolean not null default false;

alter table school_class
    add column module_completion        varchar(12) not null default 'ALL_REQUIRED',
    add column completion_score_percent integer check (completion_score_percent between 0 and 100);
