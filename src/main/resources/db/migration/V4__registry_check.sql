-- What the housing registry confirmed about an application's evidence.
alter table housing_evidence add column registry_checked_at timestamp with time zone;
alter table housing_evidence add column registry_found boolean;
alter table housing_evidence add column registry_confirmed boolean;
alter table housing_evidence add column registry_registered boolean;
