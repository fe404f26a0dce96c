-- Activities received in inboxes: stored as they came (after the signature check) and answered 202
-- at once; a job processes them. The raw JSON stays for debugging until the row is pruned.

create table inbox_activity (
    id             bigint primary key,
    activity_id    varchar(1000),
    activity_type  varchar(40)   not null,
    actor_uri      varchar(1000) not null,
    signer_uri     varchar(1000) not null,
    recipient      varchar(40),
    body           text          not null,
    state          varchar(10)   not null,
    attempts       integer       not null default 0,
    last_error     varchar(500),
    received_at    timestamp with time zone not null,
    processed_at   timestamp with time zone
);
create index inbox_activity_state_idx on inbox_activity (state, received_at);
create unique index inbox_activity_id_uq on inbox_activity (activity_id);
