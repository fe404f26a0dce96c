-- Private notes an author keeps on an account (Mastodon's Relationship note) and the accounts an
-- author endorses on their profile (Mastodon's account pins). Targets are account or remote_actor
-- ids, which share one id space.
create table account_note (
    account_id  bigint        not null references account (id) on delete cascade,
    target_id   bigint        not null,
    comment     varchar(4000) not null,
    updated_at  timestamp with time zone not null,
    primary key (account_id, target_id)
);

create table account_endorsement (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    target_id   bigint not null,
    created_at  timestamp with time zone not null
);
create unique index account_endorsement_uq on account_endorsement (account_id, target_id);
