-- FEP-044f: a quote of someone else's post waits for its author's approval (a QuoteRequest answered
-- by Accept with a QuoteAuthorization stamp, or by Reject). The quote's state, and the stamp that
-- approved it, which our Note then carries as quoteAuthorization. Quotes made before this version
-- were shown as accepted and stay so.
alter table post add column quote_state varchar(16);
alter table post add column quote_authorization varchar(2048);
update post set quote_state = 'ACCEPTED' where quote_uri is not null;
