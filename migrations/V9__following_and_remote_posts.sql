-- Remote actors a local actor follows (written by the admin's Follow, confirmed by their Accept),
-- and the posts those actors send us: the reader page and, later, the Mastodon home timeline.

create table following (
    id                  bigint primary key,
    local_actor         varchar(40)   not null,
    remote_actor_uri    varchar(2048) not null,
    state               varchar(10)   not null,
    follow_activity_id  varchar(2048) not null,
    created_at          timestamp with time zone not null
);
create unique index following_actor_remote_uq on following (local_actor, remote_actor_uri);
create index following_remote_idx on following (remote_actor_uri);
create index following_activity_idx on following (follow_activity_id);

create table remote_post (
    id            bigint primary key,
    uri           varchar(2048) not null,
    actor_uri     varchar(2048) not null,
    object_type   varchar(20)   not null,
    url           varchar(2048),
    name          varchar(2048),
    content_html  text,
    summary       text,
    published     timestamp with time zone,
    updated       timestamp with time zone,
    deleted_at    timestamp with time zone,
    received_at   timestamp with time zone not null
);
create unique index remote_post_uri_uq on remote_post (uri);
create index remote_post_actor_idx on remote_post (actor_uri, received_at);
