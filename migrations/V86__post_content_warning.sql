-- A short post's content warning (Mastodon's spoiler_text, ActivityPub's summary on a Note): the
-- text readers see before they choose to open the post; null when it has none. Each stored version
-- of an edited post keeps its own, for the edit history.
alter table post add column content_warning varchar(500);
alter table post_edit add column content_warning varchar(500);
