-- Earlier versions of an author's answer to a comment (a post_comment row with account_id set): each
-- edit keeps the version it replaces, with the time that version was made (the answer's published
-- time, or the edit that made it), so an app's edit history (/api/v1/statuses/:id/history) lists
-- every version, the current one read from the answer itself. Deleting the answer drops them.
create table answer_version (
    id            bigint primary key,
    comment_id    bigint  not null references post_comment (id) on delete cascade,
    content_html  text    not null,
    summary       text,
    sensitive     boolean not null default false,
    created_at    timestamp with time zone not null
);
create index answer_version_comment_idx on answer_version (comment_id, id);
