-- Threads an author muted from an app: replies and reactions in them notify that author no more.
-- status_id is a blog post's or a remote post's id (the two never collide).
create table status_mute (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    status_id   bigint not null,
    created_at  timestamp with time zone not null
);
create unique index status_mute_account_status_uq on status_mute (account_id, status_id);
