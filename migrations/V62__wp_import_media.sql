-- The images of imported WordPress blogs: each file under the old site's wp-content/uploads, by its
-- path there without WordPress's size suffix (2019/05/fog.jpg for fog-300x200.jpg too), and the
-- image it became here. Importing the same export again finds the file here and fetches nothing;
-- old /wp-content/uploads/... addresses answer 301 to the new image through it.
create table wp_import_media (
    upload_path varchar(1000) primary key,
    media_id    bigint        not null references media (id)
);
