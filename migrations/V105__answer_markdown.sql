-- The Markdown an author wrote for their answer to a comment (a post_comment row with account_id
-- set), as posts keep body_markdown: the admin's edit form and an app's /source start from it, so
-- editing keeps paragraphs, links and emphasis. Null for a comment from elsewhere and for an answer
-- written before this column (those still start from the text of their HTML). Each earlier version
-- keeps the Markdown it was made from too. Deleting the comment drops it with its content.
alter table post_comment add column content_markdown text;
alter table answer_version add column content_markdown text;
