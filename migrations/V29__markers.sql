-- Mastodon API markers: where an author stopped reading the home timeline and the notifications.
create table marker (
    account_id    bigint      not null references account (id) on delete cascade,
    timeline      varchar(20) not null,
    last_read_id  varchar(40) not null,
    version       integer     not null,
    updated_at    timestamp with time zone not null,
    primary key (account_id, timeline)
);
