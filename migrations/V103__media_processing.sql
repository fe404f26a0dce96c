-- An image uploaded through POST /api/v2/media is processed in the background, as on Mastodon:
-- PROCESSING while its original waits beside the media files for the processing job, READY once
-- sanitized and stored (every earlier row), FAILED when the decoder refused it late (its files are
-- gone; the row answers 422 until the daily vacuum of unattached uploads removes it).
alter table media add column processing_state varchar(16) default 'READY' not null;
create index media_processing_state_idx on media (processing_state, id);
