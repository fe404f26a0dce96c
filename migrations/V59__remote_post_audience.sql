-- A followers-only post from someone none of us follows reaches us only because it mentions some
-- of our authors: it is kept as PRIVATE, readable by those authors alone (listed here), so that
-- their mention notification shows it. It is on no timeline, page or feed.
create table remote_post_audience (
    remote_post_id  bigint not null references remote_post (id) on delete cascade,
    account_id      bigint not null references account (id) on delete cascade,
    primary key (remote_post_id, account_id)
);
create index remote_post_audience_account_idx on remote_post_audience (account_id);
