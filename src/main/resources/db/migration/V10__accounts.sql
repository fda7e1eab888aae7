-- Cases belong to an account, not to a user name. A deleted user's name would otherwise be free for
-- the next person, who would then see the old family's children and certificates. An account row is
-- never deleted (deleted_at marks it) and holds its name for good.
create table account (
    id         uuid        primary key,
    username   varchar(64) not null unique,
    created_at timestamp with time zone not null,
    deleted_at timestamp with time zone
);

-- owner_account columns name an account row; without a foreign key, since an owner that is no account
-- is simply no one's (CaseAccess finds no match), and cases can be stored without the identity store.

-- Everyone who owns something so far. Their ids are numbered here (H2 and PostgreSQL share no random
-- UUID function); an account id is a key, not a secret, and new accounts get random ones.
insert into account (id, username, created_at)
select cast('00000000-0000-4000-8000-' || lpad(cast(row_number() over (order by username) as varchar(12)), 12, '0')
            as uuid),
       username, current_timestamp
from (select owner_username as username from application
      union select owner_username from idempotency_key
      union select owner_username from application_draft) owners;

alter table application add column owner_account uuid;
update application set owner_account = (select a.id from account a where a.username = application.owner_username);
alter table application alter column owner_account set not null;
drop index ix_application_owner;
alter table application drop column owner_username;
create index ix_application_owner on application (owner_account, submitted_at);

create table idempotency_key_of_account (
    owner_account  uuid         not null,
    idem_key       varchar(100) not null,
    request_hash   varchar(64)  not null,
    application_id uuid         not null references application (id),
    created_at     timestamp with time zone not null,
    constraint pk_idempotency_key primary key (owner_account, idem_key)
);
insert into idempotency_key_of_account (owner_account, idem_key, request_hash, application_id, created_at)
select a.id, k.idem_key, k.request_hash, k.application_id, k.created_at
from idempotency_key k join account a on a.username = k.owner_username;
drop table idempotency_key;
alter table idempotency_key_of_account rename to idempotency_key;

create table application_draft_of_account (
    owner_account uuid           not null,
    body          varchar(65536) not null,
    updated_at    timestamp with time zone not null,
    constraint pk_application_draft primary key (owner_account)
);
insert into application_draft_of_account (owner_account, body, updated_at)
select a.id, d.body, d.updated_at from application_draft d join account a on a.username = d.owner_username;
drop table application_draft;
alter table application_draft_of_account rename to application_draft;
