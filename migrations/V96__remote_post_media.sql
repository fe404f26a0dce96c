-- The attachments of posts received from elsewhere (a Note's, Article's or Question's `attachment`):
-- not downloaded, only described, so that apps and the reader link the remote files as Mastodon
-- does. An Update replaces a post's set; the rows go with their post.
create table remote_post_media (
    remote_post_id  bigint not null references remote_post (id) on delete cascade,
    position        integer not null,
    url             varchar(2048) not null,
    media_type      varchar(255),
    kind            varchar(16) not null,
    description     varchar(1500),
    blurhash        varchar(100),
    focus_x         double precision,
    focus_y         double precision,
    width           integer,
    height          integer,
    primary key (remote_post_id, position)
);
