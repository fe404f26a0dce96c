-- Idempotency-Key of POST /api/v1/statuses: a key an app sent (hashed) and the status it made, so a
-- retried request answers the same status for an hour instead of posting twice.
create table api_idempotency (
    account_id  bigint      not null references account (id) on delete cascade,
    key_hash    varchar(64) not null,
    status_id   bigint      not null,
    created_at  timestamp with time zone not null,
    primary key (account_id, key_hash)
);
create index api_idempotency_created_idx on api_idempotency (created_at);
