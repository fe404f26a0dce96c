-- Where an author moved to (FEP-7628 movedTo): the new account's actor URL, set when the author
-- moves out from the admin and sends Move to the followers; null while the author stays.
alter table account add column moved_to text;
