-- A published library item keeps showing what the reviewers approved while its author prepares a change:
-- changed title, type, link or licence wait in pending_* and new files above published_versions, until the
-- same reviewers approve the revision. Files up to settled_versions were approved or withdrawn by the author;
-- later ones wait for review.
alter table learning_resource
    add column published_versions integer     not null default 0 check (published_versions >= 0),
    add column settled_versions   integer     not null default 0 check (settled_versions >= published_versions),
    add column revision_status    varchar(10) check (revision_status in ('DRAFT', 'SUBMITTED')),
    add column pending_title      varchar(300),
    add column pending_type       varchar(20) check (pending_type in ('DOCUMENT', 'SLIDES', 'VIDEO', 'AUDIO', 'IMAGE',
                                      'SIMULATION', 'MODEL_3D', 'HTML5_PACKAGE', 'SCORM_PACKAGE', 'QUIZ_BANK', 'LINK')),
    add column pending_link_url   varchar(2000),
    add column pending_licence    varchar(24);

-- Every file a published or retired item has today was served to its audience: count them as approved.
update learning_resource r
   set published_versions = (select count(*) from resource_version v where v.resource_id = r.id),
       settled_versions = (select count(*) from resource_version v where v.resource_id = r.id)
 where r.status in ('PUBLISHED', 'RETIRED');

alter table resource_history drop constraint resource_history_action_check;
alter table resource_history add constraint resource_history_action_check check (action in ('CREATED', 'EDITED',
    'VERSION_ADDED', 'SUBMITTED', 'APPROVED', 'SENT_BACK', 'RETIRED', 'REVISION_DISCARDED'));
