-- Pages: the blog's standing texts (About, Contact, Colophon), each at its own top-level address
-- (/about) and in every theme's menu. They are not posts: no query of posts (home, feeds, tags,
-- archives, outbox, the Mastodon API) can see them, so they never federate.
create table site_page (
    id             bigint primary key,
    author_id      bigint       not null references account (id),
    title          varchar(300) not null,
    slug           varchar(100) not null,
    body_markdown  text         not null default '',
    body_html      text         not null default '',
    parent_id      bigint references site_page (id) on delete set null,
    menu_order     integer      not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);
create unique index site_page_slug_uq on site_page (slug);
create index site_page_menu_idx on site_page (menu_order, title);
