-- The managers' dashboard reads a large closed history through these instead of scanning it:
-- the period of submission across all districts ((district, submitted_at) serves one district),
-- the open cases with their deadlines, and the children waiting for a school seat.
create index ix_application_submitted on application (submitted_at);
create index ix_application_open on application (status, district, decision_deadline);
create index ix_school_seat_waiting on school_seat (status, district);
