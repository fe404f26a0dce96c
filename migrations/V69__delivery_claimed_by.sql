-- The node that claimed a delivery row last (its node id): once the row is delivered, the node that
-- sent it. Every node's dispatcher claims rows; this shows how a cluster shared a fan-out, and whose
-- claims another node took over after their lease ran out.

alter table delivery add column claimed_by varchar(63);
