-- Imports of WordPress exports (WXR). Each run keeps its progress in its row, written in the same
-- transaction as each batch of items, so a restart resumes where the last committed batch ended.
create table wp_import (
    id                bigint primary key,
    file_name         varchar(300)  not null,
    file_path         varchar(1000) not null,
    site_url          varchar(2048),
    keep_pings        boolean       not null,
    state             varchar(10)   not null,
    phase             varchar(20)   not null,
    items_total       integer       not null default 0,
    items_done        integer       not null default 0,
    errors            integer       not null default 0,
    posts_imported    integer       not null default 0,
    comments_imported integer       not null default 0,
    skipped           integer       not null default 0,
    shortcodes        text,
    messages          text,
    created_at        timestamp with time zone not null,
    finished_at       timestamp with time zone
);
create index wp_import_state_idx on wp_import (state, created_at);

-- What each WordPress object became here: keyed by WordPress's own ids, so importing the same
-- export again finds everything already done, and old URLs (/?p=ID, /2019/05/12/slug/) find the
-- new post. kind is POST, COMMENT or ATTACHMENT; local_id is null for an attachment (its url kept).
create table wp_import_map (
    kind      varchar(10)   not null,
    wp_id     bigint        not null,
    local_id  bigint,
    wp_slug   varchar(200),
    url       varchar(2048),
    primary key (kind, wp_id)
);
create index wp_import_map_slug_idx on wp_import_map (kind, wp_slug);

-- A comment written on the old blog has a name but no fediverse actor to look it up from.
alter table post_comment add column author_name varchar(200);
