-- A remote actor's featured (pinned) posts, as Mastodon keeps them: the id of the actor's
-- `featured` collection (an Add or Remove counts only when it targets it), when the collection is
-- next due to be fetched, and the pinned posts in the collection's order (position 0 first).
create table remote_featured (
    actor_uri       varchar(2048) primary key,
    collection_uri  varchar(2048) not null,
    fetch_due_at    timestamp with time zone,
    fetched_at      timestamp with time zone
);
create index remote_featured_due_idx on remote_featured (fetch_due_at);

create table remote_pin (
    actor_uri  varchar(2048) not null,
    post_uri   varchar(2048) not null,
    position   integer not null,
    primary key (actor_uri, post_uri)
);
