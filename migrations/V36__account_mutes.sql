-- Mastodon API mutes: an author hides a remote account's posts from their home timeline, and its
-- notifications when hide_notifications is set, until expires_at (null: for good).
create table account_mute (
    id                  bigint primary key,
    account_id          bigint not null references account (id) on delete cascade,
    remote_actor_uri    varchar(2048) not null,
    hide_notifications  boolean not null,
    expires_at          timestamp with time zone,
    created_at          timestamp with time zone not null
);
create unique index account_mute_actor_uq on account_mute (account_id, remote_actor_uri);
create index account_mute_account_idx on account_mute (account_id, id);
