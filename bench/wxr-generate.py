#!/usr/bin/env python3
"""Writes a WordPress export (WXR 1.2) of N posts with M comments in all, in the shape WordPress 6.x
writes: Gutenberg and classic posts, categories and tags, threaded comments.
   bench/wxr-generate.py POSTS COMMENTS > export.xml"""
import sys

posts, comments = int(sys.argv[1]), int(sys.argv[2])
per_post = comments // posts
w = sys.stdout.write
w('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"'
  ' xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"'
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
  '<title>Bench</title><link>https://old.example</link><wp:wxr_version>1.2</wp:wxr_version>\n'
  '<wp:base_site_url>https://old.example</wp:base_site_url><wp:base_blog_url>https://old.example</wp:base_blog_url>\n'
  '<wp:author><wp:author_login><![CDATA[bench]]></wp:author_login><wp:author_email><![CDATA[bench@example.com]]>'
  '</wp:author_email><wp:author_display_name><![CDATA[Bench]]></wp:author_display_name></wp:author>\n')
para = "<p>" + "The harbour was quiet this morning, and the boats rocked gently at their moorings. " * 12 + "</p>"
cid = 1_000_000
for p in range(1, posts + 1):
    y, m, d = 2010 + p % 14, 1 + p % 12, 1 + p % 28
    if p % 2:
        body = "\n\n".join("<!-- wp:paragraph -->\n" + para + "\n<!-- /wp:paragraph -->" for _ in range(8))
    else:
        body = "\n\n".join(("Classic paragraph %d of post %d.\n" % (i, p)) + para[3:-4] for i in range(8))
        body += '\n\n[caption id="attachment_1" width="300"]<img src="https://old.example/a.jpg" alt="x" /> A caption[/caption]'
    w('<item><title><![CDATA[Bench post %d]]></title><link>https://old.example/%d/%02d/%02d/bench-post-%d/</link>'
      '<dc:creator><![CDATA[bench]]></dc:creator><guid isPermaLink="false">https://old.example/?p=%d</guid>'
      '<content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>'
      '<wp:post_id>%d</wp:post_id><wp:post_date_gmt><![CDATA[%d-%02d-%02d 10:00:00]]></wp:post_date_gmt>'
      '<wp:post_modified_gmt><![CDATA[%d-%02d-%02d 10:00:00]]></wp:post_modified_gmt>'
      '<wp:post_name><![CDATA[bench-post-%d]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>'
      '<wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type><wp:is_sticky>0</wp:is_sticky>'
      '<category domain="category" nicename="c%d"><![CDATA[Category %d]]></category>'
      '<category domain="post_tag" nicename="t%d"><![CDATA[t%d]]></category>\n'
      % (p, y, m, d, p, p, body, p, y, m, d, y, m, d, p, p % 20, p % 20, p % 50, p % 50))
    first = cid
    for c in range(per_post):
        cid += 1
        parent = first + 1 if c % 3 == 2 else 0
        w('<wp:comment><wp:comment_id>%d</wp:comment_id><wp:comment_author><![CDATA[Reader %d]]></wp:comment_author>'
          '<wp:comment_author_url>https://reader%d.example</wp:comment_author_url>'
          '<wp:comment_date_gmt><![CDATA[%d-%02d-%02d 12:%02d:00]]></wp:comment_date_gmt>'
          '<wp:comment_content><![CDATA[Comment %d: lovely harbour, thanks for writing.]]></wp:comment_content>'
          '<wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_type><![CDATA[comment]]></wp:comment_type>'
          '<wp:comment_parent>%d</wp:comment_parent></wp:comment>\n' % (cid, c, c % 97, y, m, d, c % 60, cid, parent))
    w('</item>\n')
w('</channel>\n</rss>\n')
