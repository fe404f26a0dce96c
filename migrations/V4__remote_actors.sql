-- Remote actors (people and blogs on other servers), cached from their ActivityPub documents.
-- Refetched when older than a day, or at once when their key stops verifying.

create table remote_actor (
    id                 bigint primary key,
    uri                varchar(2048) not null,
    actor_type         varchar(20)   not null,
    preferred_username varchar(255)  not null,
    host               varchar(255)  not null,
    name               varchar(2048),
    summary_html       text,
    url                varchar(2048),
    icon_url           varchar(2048),
    inbox              varchar(2048) not null,
    shared_inbox       varchar(2048),
    followers_url      varchar(2048),
    public_key_id      varchar(2048),
    public_key_pem     text,
    manually_approves  boolean       not null default false,
    fetched_at         timestamp with time zone not null,
    gone_at            timestamp with time zone
);
create unique index remote_actor_uri_uq on remote_actor (uri);
create index remote_actor_key_idx on remote_actor (public_key_id);
create index remote_actor_host_idx on remote_actor (host);
