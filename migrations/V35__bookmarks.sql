-- Mastodon API bookmarks: the statuses (blog posts or remote posts, whose ids never collide) an
-- author keeps. A status that goes away is skipped when the list is read.
create table bookmark (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    status_id   bigint not null,
    created_at  timestamp with time zone not null
);
create unique index bookmark_account_status_uq on bookmark (account_id, status_id);
create index bookmark_account_idx on bookmark (account_id, id);
