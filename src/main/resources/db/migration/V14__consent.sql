-- The guardian's consent to processing the children's data and the declaration that the information is
-- true (PIPL art. 31), given with each application: by which account, when, under which version of the texts.
-- Applications submitted before consent was asked have no row.
create table consent (
    application_id    uuid        primary key references application (id),
    account_id        uuid        not null,
    children_data     boolean     not null,
    truth_declaration boolean     not null,
    text_version      varchar(32) not null,
    given_at          timestamp with time zone not null
);
