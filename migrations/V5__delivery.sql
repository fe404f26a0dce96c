-- Outgoing activities and their durable delivery rows: the rows are the queue, so a restart loses
-- nothing. One delivery row per activity and inbox; hosts that keep failing are paused.

create table outbox_activity (
    id             bigint primary key,
    actor_ref      varchar(40)  not null,
    activity_type  varchar(20)  not null,
    object_uri     varchar(1000) not null,
    post_id        bigint,
    body           text,
    target_inbox   varchar(1000),
    created_at     timestamp with time zone not null,
    fan_out_after  timestamp with time zone not null,
    fanned_out_at  timestamp with time zone,
    superseded     boolean not null default false
);
create index outbox_activity_pending_idx on outbox_activity (fanned_out_at, fan_out_after);
create index outbox_activity_post_idx on outbox_activity (post_id, activity_type);

create table delivery (
    id               bigint primary key,
    activity_id      bigint        not null references outbox_activity (id) on delete cascade,
    inbox_url        varchar(1000) not null,
    host             varchar(255)  not null,
    state            varchar(10)   not null,
    attempts         integer       not null default 0,
    next_attempt_at  timestamp with time zone not null,
    leased_until     timestamp with time zone,
    last_status      integer,
    last_error       varchar(500),
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null
);
create unique index delivery_activity_inbox_uq on delivery (activity_id, inbox_url);
create index delivery_due_idx on delivery (state, next_attempt_at);
create index delivery_host_idx on delivery (host, state);

create table remote_host (
    host                  varchar(255) primary key,
    consecutive_failures  integer not null default 0,
    paused_until          timestamp with time zone,
    last_error            varchar(500),
    updated_at            timestamp with time zone not null
);
