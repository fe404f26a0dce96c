-- The Mastodon client API's OAuth 2: registered apps, authorization codes and access tokens.
-- Client secrets, codes and tokens are stored only as SHA-256 hashes: a leaked database gives no
-- working credential.
create table oauth_app (
    id                  bigint primary key,
    client_id           varchar(64)   not null,
    client_secret_hash  varchar(64)   not null,
    name                varchar(200)  not null,
    website             varchar(2000),
    redirect_uris       text          not null,
    scopes              varchar(1000) not null,
    created_at          timestamp with time zone not null
);
create unique index oauth_app_client_id_uq on oauth_app (client_id);

create table oauth_code (
    code_hash          varchar(64)   primary key,
    app_id             bigint        not null references oauth_app (id) on delete cascade,
    account_id         bigint        not null references account (id) on delete cascade,
    redirect_uri       varchar(2000) not null,
    scopes             varchar(1000) not null,
    code_challenge     varchar(128),
    challenge_method   varchar(10),
    expires_at         timestamp with time zone not null
);
create index oauth_code_expires_idx on oauth_code (expires_at);

create table oauth_token (
    id                  bigint primary key,
    app_id              bigint        not null references oauth_app (id) on delete cascade,
    account_id          bigint        references account (id) on delete cascade,
    token_hash          varchar(64)   not null,
    refresh_hash        varchar(64),
    scopes              varchar(1000) not null,
    created_at          timestamp with time zone not null,
    last_used_at        timestamp with time zone,
    revoked_at          timestamp with time zone
);
create unique index oauth_token_hash_uq on oauth_token (token_hash);
create unique index oauth_token_refresh_uq on oauth_token (refresh_hash);
create index oauth_token_account_idx on oauth_token (account_id, app_id);
