-- The focal point an app sets on an upload (focus=x,y in POST /api/v1/media, /api/v2/media and
-- PUT /api/v1/media/:id), each from -1 to 1; null when none was set. Shown as meta.focus in the
-- Mastodon API and sent as focalPoint [x, y] on the attachment, as Mastodon does.
alter table media add column focus_x double precision;
alter table media add column focus_y double precision;
