-- Posts an author pinned to their profile (Mastodon's pinned statuses, the actor's featured
-- collection). A post is pinned by its author only, so once.
create table post_pin (
    post_id     bigint primary key references post (id) on delete cascade,
    account_id  bigint not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null
);
create index post_pin_account_idx on post_pin (account_id, created_at);
