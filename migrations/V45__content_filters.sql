-- Mastodon API filters (v2): an author's named filters, each applied in some contexts (home,
-- notifications, public, thread, account) with an action (warn, hide, blur) until it expires;
-- it matches statuses by keyword or names them one by one. "filter" is a keyword in SQL, hence
-- content_filter. Contexts are kept as a comma-separated list of their names.
create table content_filter (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    title       varchar(200) not null,
    contexts    varchar(100) not null,
    action      varchar(10) not null,
    expires_at  timestamp with time zone,
    created_at  timestamp with time zone not null
);
create index content_filter_account_idx on content_filter (account_id, id);

create table content_filter_keyword (
    id          bigint primary key,
    filter_id   bigint not null references content_filter (id) on delete cascade,
    keyword     varchar(200) not null,
    whole_word  boolean not null
);
create index content_filter_keyword_filter_idx on content_filter_keyword (filter_id, id);

create table content_filter_status (
    id          bigint primary key,
    filter_id   bigint not null references content_filter (id) on delete cascade,
    status_id   bigint not null
);
create unique index content_filter_status_uq on content_filter_status (filter_id, status_id);
