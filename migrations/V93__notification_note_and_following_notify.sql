-- An "update" notification (a remote post the author favourited or boosted was edited) points at
-- that remote post by its id. A following may ask to be told of each new post (Mastodon's notify).
alter table notification add column note_uri varchar(2048);
alter table following add column notify boolean default false not null;
