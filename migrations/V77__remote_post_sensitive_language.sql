-- A post received from elsewhere keeps whether its media is sensitive (Mastodon's `sensitive`, with or
-- without a content warning) and the language of its content (the key of its `contentMap`); an
-- Update changes both, and each earlier version keeps its own, for the edit history. Each stored
-- version of an edited blog post likewise keeps whether its media was marked sensitive.
alter table remote_post add column sensitive boolean default false not null;
alter table remote_post add column language varchar(16);
alter table remote_post_version add column sensitive boolean default false not null;
alter table remote_post_version add column language varchar(16);
alter table post_edit add column sensitive boolean default false not null;
