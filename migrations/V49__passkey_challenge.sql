-- Signing in with a passkey alone (no password first): the challenge is handed out before any
-- session exists, so it is kept here. Answering takes (deletes) it, so it serves once; unanswered
-- ones lapse after a few minutes and are swept when new ones are made.
create table passkey_challenge (
    challenge   varchar(64) primary key,
    expires_at  timestamp with time zone not null
);
create index passkey_challenge_expires_idx on passkey_challenge (expires_at);
