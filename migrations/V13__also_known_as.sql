-- Former accounts of an author (FEP-7628 alsoKnownAs), one URL per line, so followers can move in
-- from another server. The blog's own list is a site setting.
alter table account add column also_known_as text;
