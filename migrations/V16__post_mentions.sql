-- Who a post mentions (@user@host resolved with WebFinger when the post is saved), in the order
-- they appear: the Mention tags and cc of the federated object, and the extra inboxes it goes to.
-- actor_uri is null for a local author who is not an actor (blog-only mode): a link, no tag.
create table post_mention (
    post_id      bigint        not null references post (id) on delete cascade,
    position     integer       not null,
    acct         varchar(500)  not null,
    actor_uri    varchar(2048),
    profile_url  varchar(2048) not null,
    primary key (post_id, position)
);
create index post_mention_actor_idx on post_mention (actor_uri);

-- The same for an author's answer to a comment (a post_comment row with account_id set): the
-- person answered first, then anyone else the answer mentions.
create table comment_mention (
    comment_id   bigint        not null references post_comment (id) on delete cascade,
    position     integer       not null,
    acct         varchar(500)  not null,
    actor_uri    varchar(2048),
    profile_url  varchar(2048) not null,
    primary key (comment_id, position)
);

-- A short post can reply to someone else's post (from the reader): the id it answers.
alter table post add column in_reply_to varchar(2048);
