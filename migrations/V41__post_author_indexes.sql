-- The Mastodon API reads an author's posts by id (the home timeline, the profile's statuses) and
-- counts them on every Account it shows (statuses_count): (author_id, id) serves the first as an
-- ordered range scan whatever the other authors wrote, (author_id, status, visibility) answers the
-- count from the index alone instead of reading every post row.
create index post_author_id_idx on post (author_id, id);
create index post_author_visibility_idx on post (author_id, status, visibility);
