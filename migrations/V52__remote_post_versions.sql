-- Earlier versions of posts received from elsewhere: an Update{Note} keeps what it replaces, so an
-- app's edit history (/api/v1/statuses/:id/history) lists every version of a remote status.
create table remote_post_version (
    id            bigint primary key,
    post_id       bigint not null references remote_post (id) on delete cascade,
    name          varchar(2048),
    content_html  text,
    summary       text,
    created_at    timestamp with time zone not null
);
create index remote_post_version_post_idx on remote_post_version (post_id, id);
