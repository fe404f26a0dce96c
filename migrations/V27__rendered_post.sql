-- What is derived from a post's sanitized HTML, computed once on write so that a page view or a
-- feed parses nothing: the plain-text summary and the HTML with absolute links (for feeds).
-- render_stamp names the renderer version and base URL they were made with; rows with another
-- stamp are rendered again by the maintenance job (and rendered on the fly until then).
alter table post add column body_summary varchar(300);
alter table post add column body_html_absolute text;
alter table post add column render_stamp varchar(40);
create index post_render_stamp_idx on post (render_stamp);
