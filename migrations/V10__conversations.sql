-- Conversations: comments (replies from the fediverse and authors' answers), reactions (likes,
-- boosts, quotes, mentions), notifications for authors, blocks and reports.

-- One comment under a local post. Remote replies keep their ActivityPub id in uri; an author's
-- answer from the admin has account_id set and an id we minted.
create table post_comment (
    id            bigint primary key,
    post_id       bigint        not null references post (id) on delete cascade,
    parent_id     bigint references post_comment (id) on delete set null,
    depth         integer       not null,
    uri           varchar(2048) not null,
    url           varchar(2048),
    actor_uri     varchar(2048) not null,
    actor_host    varchar(255)  not null,
    account_id    bigint references account (id) on delete set null,
    content_html  text,
    summary       text,
    sensitive     boolean       not null default false,
    attachments   text,
    status        varchar(10)   not null,
    published     timestamp with time zone not null,
    updated       timestamp with time zone,
    deleted_at    timestamp with time zone,
    received_at   timestamp with time zone not null
);
create unique index post_comment_uri_uq on post_comment (uri);
create index post_comment_post_idx on post_comment (post_id, status, published);
create index post_comment_parent_idx on post_comment (parent_id);
create index post_comment_actor_idx on post_comment (actor_uri);
create index post_comment_host_idx on post_comment (actor_host);
create index post_comment_status_idx on post_comment (status, received_at);

-- Likes, boosts, emoji reactions, quotes and mentions of local posts and actors.
create table reaction (
    id            bigint primary key,
    kind          varchar(10)   not null,
    post_id       bigint references post (id) on delete cascade,
    local_actor   varchar(40),
    actor_uri     varchar(2048) not null,
    actor_host    varchar(255)  not null,
    activity_uri  varchar(2048) not null,
    object_url    varchar(2048),
    emoji         varchar(200),
    created_at    timestamp with time zone not null
);
create unique index reaction_activity_uq on reaction (activity_uri, kind);
create index reaction_post_idx on reaction (post_id, kind, created_at);
create index reaction_actor_idx on reaction (actor_uri);

-- What an author is told: follows, follow requests, replies, mentions, likes, boosts, quotes.
create table notification (
    id           bigint primary key,
    account_id   bigint        not null references account (id) on delete cascade,
    kind         varchar(20)   not null,
    actor_uri    varchar(2048) not null,
    post_id      bigint references post (id) on delete cascade,
    comment_id   bigint references post_comment (id) on delete cascade,
    created_at   timestamp with time zone not null,
    read_at      timestamp with time zone,
    emailed_at   timestamp with time zone
);
create index notification_account_idx on notification (account_id, created_at);
create index notification_email_idx on notification (emailed_at, created_at);

-- Actors (target = actor id) and whole domains (target = host) this site refuses.
create table moderation_block (
    id          bigint primary key,
    kind        varchar(6)    not null,
    target      varchar(2048) not null,
    reason      varchar(500),
    created_at  timestamp with time zone not null
);
create unique index moderation_block_target_uq on moderation_block (kind, target);

-- Incoming Flag (reports) and Block (a remote user blocked one of ours), shown to admins.
create table moderation_report (
    id            bigint primary key,
    kind          varchar(6)    not null,
    actor_uri     varchar(2048) not null,
    local_actor   varchar(40),
    object_uris   text,
    content       text,
    activity_uri  varchar(2048),
    created_at    timestamp with time zone not null,
    resolved_at   timestamp with time zone
);
create index moderation_report_open_idx on moderation_report (resolved_at, created_at);

-- Per-post switch to close comments.
alter table post add column comments_closed boolean not null default false;
