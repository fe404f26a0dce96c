-- Likes and boosts our local actors sent to remote posts (from the admin reader): the buttons show
-- their state, and the Undo carries the id of the activity it takes back.

create table outbound_reaction (
    id               bigint primary key,
    local_actor      varchar(40)   not null,
    remote_post_uri  varchar(2048) not null,
    kind             varchar(10)   not null,
    activity_id      varchar(2048) not null,
    created_at       timestamp with time zone not null
);
create unique index outbound_reaction_uq on outbound_reaction (local_actor, remote_post_uri, kind);
