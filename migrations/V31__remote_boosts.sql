-- Boosts (Announce) by remote accounts our authors follow, of remote posts (kept in remote_post):
-- who boosted, which post, when. The reader shows them as "X boosted Y"; the home timeline lists
-- them as reblogs. announce_uri is the Announce's id: an Undo names it.
create table remote_boost (
    id            bigint primary key,
    announce_uri  varchar(2048) not null,
    booster_uri   varchar(2048) not null,
    post_uri      varchar(2048) not null,
    boosted_at    timestamp with time zone not null,
    received_at   timestamp with time zone not null
);
create unique index remote_boost_announce_uq on remote_boost (announce_uri);
create index remote_boost_booster_idx on remote_boost (booster_uri, boosted_at);
create index remote_boost_post_idx on remote_boost (post_uri);
