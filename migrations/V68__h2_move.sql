-- The blog moved in from an old H2 database by KAKEHASHI_IMPORT_H2 (app/H2Move): one row once the
-- copy committed, so later starts with the setting still present know there is nothing to do.
create table h2_move (
    source varchar(1000) not null,
    moved_at timestamp with time zone not null,
    row_count bigint not null
);
