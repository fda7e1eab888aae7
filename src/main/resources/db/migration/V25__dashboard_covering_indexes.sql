-- The dashboard's period queries (the figures of the cases submitted in a period) read only these
-- columns: an index holding them all answers from the index alone, without a lookup of the table row
-- per case, on H2 and PostgreSQL (index-only scan). Its first column is the submission time, so it
-- replaces V9's index on submitted_at alone (the managers' list orders by it); one district's period
-- is the same range, filtered inside the index on its district column.
create index ix_application_period on application (submitted_at, district, status, stage, decided_automatically,
    decided_at);
drop index ix_application_submitted;
-- A period's children (their school and transport) and clinic registrations, by their case.
create index ix_child_school_way on child (application_id, school_name, transport);
create index ix_clinic_registration_figures on clinic_registration (application_id, status, clinic_code);
