-- A notification about a like, boost, emoji reaction, quote or mention points at its reaction: the
-- page shows the emoji and the quoting or mentioning post from it, and an Undo or Delete that removes
-- the reaction removes its notification with it.
alter table notification add column reaction_id bigint references reaction (id) on delete cascade;
create index notification_reaction_idx on notification (reaction_id);
