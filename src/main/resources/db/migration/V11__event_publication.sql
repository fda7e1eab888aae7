-- Spring Modulith's event publication registry: a reaction of one module to another's event is
-- recorded in the publisher's transaction and done after commit in a transaction of its own; a row
-- stays here until its listener has succeeded (then it is deleted), so a failed reaction is retried
-- and listed to managers. Columns as spring-modulith-events-jdbc 1.4 expects, in SQL H2 and
-- PostgreSQL both accept.
create table if not exists event_publication (
    id               uuid          not null primary key,
    listener_id      varchar(512)  not null,
    event_type       varchar(512)  not null,
    serialized_event varchar(4000) not null,
    publication_date timestamp with time zone not null,
    completion_date  timestamp with time zone
);
create index if not exists event_publication_by_listener on event_publication (listener_id, serialized_event);
create index if not exists event_publication_by_completion on event_publication (completion_date);

-- Why a reaction failed (the registry keeps only that it has not succeeded): shown to managers.
create table follow_on_failure (
    listener_id      varchar(512)  not null,
    serialized_event varchar(4000) not null,
    attempts         integer       not null,
    last_error       varchar(1000) not null,
    failed_at        timestamp with time zone not null,
    primary key (listener_id, serialized_event)
);
