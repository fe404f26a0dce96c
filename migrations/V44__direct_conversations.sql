-- Direct messages as Mastodon's conversations. A received post addressed to some of our authors
-- only (no Public, not the sender's followers) is kept in remote_post as DIRECT: only those it was
-- sent to may read it. Each author's conversations group direct statuses (received, or the
-- author's own DIRECT posts) by thread, with the other participants, the last status and whether
-- the author has read it.
alter table remote_post add column visibility varchar(16) default 'PUBLIC' not null;

create table conversation (
    id              bigint primary key,
    account_id      bigint        not null references account (id) on delete cascade,
    thread_uri      varchar(2048) not null,
    last_status_id  bigint        not null,
    unread          boolean       not null,
    hidden          boolean       not null default false,
    updated_at      timestamp with time zone not null
);
create unique index conversation_thread_uq on conversation (account_id, thread_uri);
create index conversation_last_idx on conversation (account_id, last_status_id);

create table conversation_member (
    conversation_id  bigint        not null references conversation (id) on delete cascade,
    actor_uri        varchar(2048) not null,
    primary key (conversation_id, actor_uri)
);

create table conversation_status (
    conversation_id  bigint        not null references conversation (id) on delete cascade,
    status_id        bigint        not null,
    status_uri       varchar(2048) not null,
    primary key (conversation_id, status_id)
);
create index conversation_status_uri_idx on conversation_status (status_uri);
create index conversation_status_id_idx on conversation_status (status_id);
