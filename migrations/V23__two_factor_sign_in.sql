-- Two-factor sign-in (TOTP with recovery codes, passkeys), sign-in notices and the sessions list.

-- A session whose password was right but whose second factor is still due signs nobody in.
alter table web_session add column second_factor_pending boolean default false not null;
alter table web_session add column user_agent varchar(300);
alter table web_session add column remote_ip varchar(64);
alter table web_session add column last_seen_at timestamp with time zone;
-- The one WebAuthn challenge this session may answer; cleared when answered (single use).
alter table web_session add column webauthn_challenge varchar(64);

create table totp_secret (
    account_id    bigint primary key references account (id) on delete cascade,
    secret        varchar(64) not null,
    created_at    timestamp with time zone not null,
    confirmed_at  timestamp with time zone,
    -- The last 30-second step whose code was accepted: a code is never accepted twice.
    last_step     bigint default 0 not null
);

create table recovery_code (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    code_hash   varchar(64) not null,
    used_at     timestamp with time zone
);
create index recovery_code_account_idx on recovery_code (account_id);

create table passkey (
    id             bigint primary key,
    account_id     bigint not null references account (id) on delete cascade,
    credential_id  varchar(1400) not null unique,
    credential     varchar(8000) not null,
    sign_count     bigint not null,
    name           varchar(100) not null,
    created_at     timestamp with time zone not null,
    last_used_at   timestamp with time zone
);
create index passkey_account_idx on passkey (account_id);

create table second_factor_failure (
    id          bigint primary key,
    account_id  bigint not null references account (id) on delete cascade,
    failed_at   timestamp with time zone not null
);
create index second_factor_failure_idx on second_factor_failure (account_id, failed_at);

-- Browsers that have signed in before (a long-lived random cookie, stored hashed).
create table known_device (
    account_id     bigint not null references account (id) on delete cascade,
    device_hash    varchar(64) not null,
    first_seen_at  timestamp with time zone not null,
    primary key (account_id, device_hash)
);
