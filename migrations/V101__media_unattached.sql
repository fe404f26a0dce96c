-- An image an app uploaded (POST /api/v1/media, /api/v2/media) waits for a status to take it; as on
-- Mastodon, one that no status took within a day is deleted with its file. The admin's uploads
-- (the media library, avatars, headers, imports) never wait: false for them and every earlier row.
-- A status that takes the image clears the flag for good, so an edit that drops it later keeps it
-- for the post's history.
alter table media add column unattached boolean default false not null;
create index media_unattached_idx on media (unattached, created_at);
