-- A post's media may be marked sensitive (hidden behind a warning in apps and on Mastodon), and a
-- post has its own language. New posts take the author's posting defaults (source[privacy],
-- source[sensitive] and source[language], V51) when the app names none; a post without a
-- language is in the blog's.
alter table post add column sensitive boolean default false not null;
alter table post add column language varchar(16);

-- A quote post (Mastodon 4.5, FEP-044f): the id (URI) of the post it quotes, ours or received.
alter table post add column quote_uri varchar(2048);
alter table remote_post add column quote_uri varchar(2048);
