-- Mastodon API lists: an author's named groups of followed accounts, each with its own timeline.
-- An exclusive list takes its members' posts out of the author's home timeline. Members are the
-- remote actors the author follows; one who is unfollowed drops out (the lists are read through
-- the following table).
create table account_list (
    id              bigint primary key,
    account_id      bigint       not null references account (id) on delete cascade,
    title           varchar(255) not null,
    replies_policy  varchar(10)  not null,
    exclusive       boolean      not null default false,
    created_at      timestamp with time zone not null
);
create index account_list_account_idx on account_list (account_id, id);

create table account_list_member (
    list_id    bigint        not null references account_list (id) on delete cascade,
    actor_uri  varchar(2048) not null,
    added_at   timestamp with time zone not null,
    primary key (list_id, actor_uri)
);
create index account_list_member_actor_idx on account_list_member (actor_uri);

-- What a received post answers (its inReplyTo), so a list's replies policy can show or hide it.
alter table remote_post add column in_reply_to varchar(2048);
