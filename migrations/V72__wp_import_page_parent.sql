-- A WordPress page's parent (post_parent), kept with its mapping: a page exported before its parent
-- is put under the parent once the parent is imported.
alter table wp_import_map add column wp_parent bigint;
