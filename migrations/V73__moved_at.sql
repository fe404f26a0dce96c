-- When an author last moved out (sent Move and set movedTo): a second move is refused for 30 days
-- after it, as Mastodon refuses one. Kept when the author stays after all. The blog actor keeps its
-- own in the settings (federation.moved_to, federation.moved_at).
alter table account add column moved_at timestamp with time zone;
