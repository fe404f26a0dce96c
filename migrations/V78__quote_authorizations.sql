-- FEP-044f: a QuoteRequest for a public or unlisted post is answered with an Accept whose result is
-- a QuoteAuthorization stamp; each row is one stamp, served at its post's URL so that the quoting
-- server can check it (its post, the quoted post, and who granted it).
create table quote_authorization (
    id           bigint primary key,
    post_id      bigint        not null references post (id) on delete cascade,
    quoting_uri  varchar(2048) not null,
    actor_uri    varchar(2048) not null,
    created_at   timestamp with time zone not null
);
create unique index quote_authorization_post_quoting_uq on quote_authorization (post_id, quoting_uri);
