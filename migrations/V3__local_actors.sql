-- Local ActivityPub actors: one key pair per actor, made on first need and never replaced, and the
-- remote actors that follow them. Actor refs: 'instance', 'blog', 'account:<account id>'.

create table actor_key (
    local_actor      varchar(40) primary key,
    public_key_pem   text        not null,
    private_key_pem  text        not null,
    created_at       timestamp with time zone not null
);

create table follower (
    id                   bigint primary key,
    local_actor          varchar(40)   not null,
    remote_actor_uri     varchar(2048) not null,
    remote_inbox         varchar(2048) not null,
    remote_shared_inbox  varchar(2048),
    state                varchar(10)   not null,
    follow_activity_id   varchar(2048),
    created_at           timestamp with time zone not null
);
create unique index follower_actor_uq on follower (local_actor, remote_actor_uri);
create index follower_state_idx on follower (local_actor, state);
