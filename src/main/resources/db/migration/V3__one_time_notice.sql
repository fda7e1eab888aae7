-- The one-time notice: everything missing from an application, sent to the family at once.
create table missing_item_notice (
    id             uuid          primary key,
    application_id uuid          not null references application (id),
    items          varchar(2000) not null,
    sent_at        timestamp with time zone not null,
    respond_by     timestamp with time zone not null,
    reminded_at    timestamp with time zone,
    answered_at    timestamp with time zone,
    answer         varchar(2000)
);
create index ix_notice_application on missing_item_notice (application_id, sent_at);
