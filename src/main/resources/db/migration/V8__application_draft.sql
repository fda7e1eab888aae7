-- A family's unfinished application form, kept on the server so that it can be resumed on another
-- device. One per account; deleted when the application is submitted.
create table application_draft (
    owner_username varchar(64)   primary key,
    body           varchar(65536) not null,
    updated_at     timestamp with time zone not null
);
