-- Guesses are now reserved (inserted) before the password is checked, keyed per account rather
-- than per typed name (the username column holds that key). A guess refused by the limit is kept,
-- so the attacking address stays locked, but marked so it never counts against the account from
-- every other address.
alter table login_failure add column refused boolean default false not null;
create index login_failure_key_ip_idx on login_failure (username, remote_ip, failed_at);
