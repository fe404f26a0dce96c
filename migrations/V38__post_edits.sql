-- Each version of a published post, for the Mastodon API's edit history: the first edit stores
-- the post as it was published, then every edit stores the new version. A post never edited has
-- no rows (its history is its current version).
create table post_edit (
    id          bigint primary key,
    post_id     bigint       not null references post (id) on delete cascade,
    title       varchar(300),
    body_html   text         not null,
    media_ids   varchar(200) not null,
    created_at  timestamp with time zone not null
);
create index post_edit_post_idx on post_edit (post_id, id);
