-- A post's change stamp for the kept Mastodon records of blog posts (service.PostRecords): raised by
-- every change of the post, its hashtags, mentions and attachments, and of the alt text of an image it
-- shows, so a page that reads the post with it knows whether the record kept on any node still holds.
alter table post add column shown_version bigint default 0 not null;
