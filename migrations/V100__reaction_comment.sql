-- Likes, emoji reactions and boosts from the fediverse of an author's answer to a comment (a Note of
-- ours under /comments/<id>): the reaction names the answer; it goes with the answer.
alter table reaction add column comment_id bigint references post_comment (id) on delete cascade;
create index reaction_comment_idx on reaction (comment_id, kind);
