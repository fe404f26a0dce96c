-- E-mail notifications: what each author wants mailed, and every digest mail tried, which the
-- hourly limit counts.

-- An author without a row gets the defaults: followers and replies on, mentions off.
create table email_preference (
    account_id  bigint  primary key references account (id) on delete cascade,
    followers   boolean not null,
    replies     boolean not null,
    mentions    boolean not null,
    updated_at  timestamp with time zone not null
);

-- One digest mail: SENDING while it is with the SMTP server, then SENT, or FAILED when the server
-- refused the recipient. A row left SENDING (the node stopped mid-send) is never sent again.
create table notification_email (
    id             bigint primary key,
    account_id     bigint      not null references account (id) on delete cascade,
    state          varchar(10) not null,
    notifications  integer     not null,
    attempted_at   timestamp with time zone not null
);
create index notification_email_account_idx on notification_email (account_id, attempted_at);
