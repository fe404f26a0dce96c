-- A post's media may be marked sensitive (hidden behind a warning in apps and on Mastodon), and a
-- post has its own language. New posts take the author's posting defaults (source[sensitive] and
-- source[language], V51) when the app names neither; a post without a language is in the blog's.
alter table post add column sensitive boolean default false not null;
alter table post add column language varchar(16);
