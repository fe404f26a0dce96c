-- Kakehashi core schema. Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.
-- Released migrations are never edited; add a new V<n>__*.sql instead.

create table account (
    id             bigint primary key,
    username       varchar(30)  not null,
    email          varchar(254) not null,
    display_name   varchar(100) not null,
    bio            text         not null default '',
    avatar_id      bigint,
    role           varchar(16)  not null,
    password_hash  varchar(255) not null,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
-- Usernames and e-mails are stored lower-cased, so plain unique indexes make them case-insensitive.
create unique index account_username_uq on account (username);
create unique index account_email_uq on account (email);

create table media (
    id            bigint primary key,
    owner_id      bigint       not null references account (id),
    file_name     varchar(80)  not null,
    content_type  varchar(40)  not null,
    width         integer      not null,
    height        integer      not null,
    size_bytes    bigint       not null,
    alt_text      varchar(1500) not null default '',
    created_at    timestamp with time zone not null
);
create unique index media_file_name_uq on media (file_name);

alter table account add constraint account_avatar_fk foreign key (avatar_id) references media (id) on delete set null;

create table post (
    id             bigint primary key,
    author_id      bigint       not null references account (id),
    kind           varchar(10)  not null,
    status         varchar(10)  not null,
    title          varchar(300),
    slug           varchar(200),
    body_markdown  text         not null default '',
    body_html      text         not null default '',
    excerpt        varchar(1000),
    cover_id       bigint references media (id) on delete set null,
    published_at   timestamp with time zone,
    scheduled_at   timestamp with time zone,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    edited_at      timestamp with time zone,
    deleted_at     timestamp with time zone
);
create unique index post_slug_uq on post (slug);
create index post_status_published_idx on post (status, published_at);
create index post_author_idx on post (author_id, status, published_at);

create table post_tag (
    post_id  bigint      not null references post (id) on delete cascade,
    name     varchar(100) not null,
    primary key (post_id, name)
);
create index post_tag_name_idx on post_tag (name);

create table post_media (
    post_id   bigint  not null references post (id) on delete cascade,
    media_id  bigint  not null references media (id) on delete cascade,
    position  integer not null,
    primary key (post_id, media_id)
);

create table site_setting (
    name   varchar(100) primary key,
    setting_value  text not null
);

create table web_session (
    token_hash  varchar(64) primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    csrf_token  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index web_session_expires_idx on web_session (expires_at);

create table login_failure (
    id          bigint primary key,
    username    varchar(254) not null,
    remote_ip   varchar(64)  not null,
    failed_at   timestamp with time zone not null
);
create index login_failure_user_idx on login_failure (username, failed_at);
create index login_failure_ip_idx on login_failure (remote_ip, failed_at);
