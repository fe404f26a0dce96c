-- Images inserted before the base URL was set point at the default http://localhost:8080. The
-- compose page now inserts /media/... paths, resolved against the base URL when a post is read or
-- sent; this turns the old default's links into such paths. The stale render stamp makes every
-- changed post render its absolute HTML afresh (the maintenance job stores it again).
update post
   set body_markdown = replace(body_markdown, 'http://localhost:8080/media/', '/media/'),
       body_html = replace(body_html, 'http://localhost:8080/media/', '/media/'),
       render_stamp = null
 where body_markdown like '%http://localhost:8080/media/%'
    or body_html like '%http://localhost:8080/media/%';
