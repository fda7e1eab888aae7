-- Certificates per child (school letter, clinic card), reissues, revocation, and what a verifier may see.
drop index ux_certificate_kind;
alter table certificate add column subject varchar(40) not null default 'FAMILY';
alter table certificate add column issue_no int not null default 1;
alter table certificate add column status varchar(16) not null default 'VALID';
alter table certificate add column public_fields varchar(4000);
alter table certificate add column revoked_at timestamp with time zone;
alter table certificate add column revocation_reason varchar(500);
alter table certificate add column replaced_by varchar(32);
-- One first issue per document: a retried job can never issue it twice.
create unique index ux_certificate_issue on certificate (application_id, kind, subject, issue_no);
