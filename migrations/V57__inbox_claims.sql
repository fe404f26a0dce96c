-- Inbox rows are claimed for a while by the node that processes them (FOR UPDATE SKIP LOCKED, as
-- delivery rows are), so every node's dispatcher can drain the inbox without a Quartz trigger per
-- activity. A row whose processing failed is hidden until its retry time the same way.

alter table inbox_activity add column claimed_until timestamp with time zone;
