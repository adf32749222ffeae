-- The CFItemType a framework from another CASE server gave each item ("Standard", "Domain"), kept so that an
-- export writes back what the source said; null for items typed by this application.
alter table competency_item add column source_item_type varchar(100);
