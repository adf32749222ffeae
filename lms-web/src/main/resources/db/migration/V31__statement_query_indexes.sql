-- Indexes for the LRS's statement queries at scale (issue 14's benchmark: a million statements). Queries follow
-- StatementRefs to the statements they target (a recursive join on the target's id), and filter by agent as actor
-- or as the object; both were scans of every statement of the school.
create index learning_statement_ref_target on learning_statement ((statement #>> '{object,id}'))
    where statement #>> '{object,objectType}' = 'StatementRef';

create index learning_statement_actor on learning_statement using gin ((statement #> '{actor}') jsonb_path_ops);

create index learning_statement_object_agent on learning_statement using gin ((statement #> '{object}') jsonb_path_ops)
    where statement #>> '{object,objectType}' in ('Agent', 'Group');
