-- A retry claims a waiting reaction before it resubmits it: one node, once per retry period, so that a
-- reaction still queued or running elsewhere is not started a second time beside it.
alter table follow_on_failure add column claimed_at timestamp with time zone;
