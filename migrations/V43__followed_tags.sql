-- Hashtags an author follows from a Mastodon app (lower case, without '#'): posts carrying them
-- join the author's home timeline. Received posts keep their hashtags so that they can be matched.
create table followed_tag (
    id          bigint primary key,
    account_id  bigint       not null references account (id) on delete cascade,
    name        varchar(100) not null,
    created_at  timestamp with time zone not null
);
create unique index followed_tag_account_name_uq on followed_tag (account_id, name);

create table remote_post_tag (
    post_id  bigint       not null references remote_post (id) on delete cascade,
    name     varchar(100) not null,
    primary key (post_id, name)
);
create index remote_post_tag_name_idx on remote_post_tag (name);
