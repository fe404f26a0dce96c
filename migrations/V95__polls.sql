-- Polls on statuses (Mastodon's polls, ActivityPub's Question). A poll belongs to one of our posts
-- or to a remote post; options keep their counts (ours counted on each vote, a remote one's as its
-- server last sent them). A vote names its voter by actor URI: a remote reader on our poll, or one
-- of our authors (account_id) on ours or on a remote poll.
create table poll (
    id              bigint primary key,
    post_id         bigint references post (id) on delete cascade,
    remote_post_id  bigint references remote_post (id) on delete cascade,
    multiple        boolean default false not null,
    hide_totals     boolean default false not null,
    expires_at      timestamp with time zone,
    closed_at       timestamp with time zone,
    voters_count    integer default 0 not null,
    update_due_at   timestamp with time zone,
    created_at      timestamp with time zone not null
);
create unique index poll_post_uq on poll (post_id);
create unique index poll_remote_post_uq on poll (remote_post_id);
create index poll_expires_idx on poll (closed_at, expires_at);
create index poll_update_due_idx on poll (update_due_at);

create table poll_option (
    poll_id      bigint not null references poll (id) on delete cascade,
    position     integer not null,
    title        varchar(1000) not null,
    votes_count  integer default 0 not null,
    primary key (poll_id, position)
);

create table poll_vote (
    id          bigint primary key,
    poll_id     bigint not null references poll (id) on delete cascade,
    position    integer not null,
    voter_uri   varchar(2048) not null,
    account_id  bigint references account (id) on delete cascade,
    note_uri    varchar(2048),
    created_at  timestamp with time zone not null
);
create unique index poll_vote_uq on poll_vote (poll_id, voter_uri, position);
create index poll_vote_account_idx on poll_vote (account_id, poll_id);
