-- What Mastodon apps edit in a profile (update_credentials) beyond name, bio and avatar: a header
-- image, up to four profile fields (shown in the actor's attachment as PropertyValue), the bot and
-- discoverable flags, and the posting defaults (visibility, sensitive, language) apps read back.
alter table account add column header_id bigint;
alter table account add constraint account_header_fk foreign key (header_id) references media (id) on delete set null;
alter table account add column bot boolean default false not null;
alter table account add column discoverable boolean default true not null;
alter table account add column default_visibility varchar(16) default 'PUBLIC' not null;
alter table account add column default_sensitive boolean default false not null;
alter table account add column default_language varchar(16);

create table account_field (
    account_id   bigint        not null references account (id) on delete cascade,
    field_order  int           not null,
    name         varchar(255)  not null,
    field_value  varchar(2048) not null,
    primary key (account_id, field_order)
);
