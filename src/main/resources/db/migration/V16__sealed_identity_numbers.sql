-- Identity numbers and phone numbers are stored sealed (AES-GCM, cn.anju.application.SealedColumns), found
-- again through a keyed hash. The plain columns stay for rows written before this version until
-- PlainColumnsSealer, at start-up, seals each of them once and empties the plain column.
alter table applicant add column resident_id_sealed varchar(200);
alter table applicant add column resident_id_hash varchar(64);
alter table applicant add column phone_sealed varchar(200);
alter table applicant alter column resident_id drop not null;
alter table applicant alter column phone drop not null;
alter table child add column resident_id_sealed varchar(200);
alter table child add column resident_id_hash varchar(64);
alter table child alter column resident_id drop not null;
create index ix_applicant_resident_id_hash on applicant (resident_id_hash);
create index ix_child_resident_id_hash on child (resident_id_hash);
