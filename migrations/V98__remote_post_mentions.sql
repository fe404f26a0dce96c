-- What a post received from elsewhere links to, so that apps thread it and link its tags and
-- mentions: the page of each of its hashtags on its own server (the name was kept since V43, lower
-- case, for followed tags), and the actors it mentions (their id, and their handle as the post
-- names them). An Update replaces both sets; a Delete removes them, and the rows go with their post.
alter table remote_post_tag add column href varchar(2048);

create table remote_post_mention (
    post_id    bigint        not null references remote_post (id) on delete cascade,
    actor_uri  varchar(2048) not null,
    acct       varchar(512)  not null,
    position   integer       not null,
    primary key (post_id, actor_uri)
);

-- A remote post's thread lists the kept posts that answer it.
create index remote_post_in_reply_to_idx on remote_post (in_reply_to);
