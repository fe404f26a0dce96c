-- Feed readers that say how many of their users subscribe to a feed (Feedly, Inoreader, NewsBlur...
-- put "N subscribers" in their User-Agent): the latest count per reader and feed, shown beside the
-- fediverse followers.
create table feed_reader (
    reader       varchar(100) not null,
    feed_path    varchar(300) not null,
    subscribers  integer      not null,
    user_agent   varchar(500) not null,
    seen_at      timestamp with time zone not null,
    primary key (reader, feed_path)
);
