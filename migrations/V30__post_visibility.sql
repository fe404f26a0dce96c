-- Who may see a post (INTEROP A7): PUBLIC, UNLISTED, PRIVATE (followers only) or DIRECT (the
-- mentioned accounts only). Every post written before this was public.
alter table post add column visibility varchar(16) default 'PUBLIC' not null;
create index post_visibility_published_idx on post (visibility, status, published_at);
