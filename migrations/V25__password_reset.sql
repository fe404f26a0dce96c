-- One-time password reset links: only the SHA-256 of the token is kept; a link works once, until
-- it expires.
create table password_reset (
    token_hash  varchar(64) primary key,
    account_id  bigint      not null references account (id) on delete cascade,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);

create index password_reset_account on password_reset (account_id);
