-- Automatic placement: the seat ledger of every school grade, the clinics' registrations, the hand-off
-- to the transport authority and the child health check schedule. "Never over capacity" is enforced
-- by the database itself: seats are taken with a conditional update and a check constraint holds.

create table school_grade_ledger (
    school_code varchar(16) not null,
    school_year int         not null,
    grade       int         not null,
    capacity    int         not null,
    taken       int         not null,
    primary key (school_code, school_year, grade),
    constraint ck_school_grade_within_capacity check (taken >= 0 and taken <= capacity)
);

-- One row per child of school age: a seat at a school (HELD while the application is pending, TAKEN
-- once approved), a place on the district's waitlist, or RELEASED when the application was refused.
create table school_seat (
    child_id       uuid         primary key references child (id),
    application_id uuid         not null references application (id),
    district       varchar(32)  not null,
    school_year    int          not null,
    grade          int          not null,
    school_code    varchar(16),
    status         varchar(12)  not null,
    basis          varchar(16)  not null,
    distance_km    numeric(6, 2),
    override_reason varchar(2000),
    waitlist_ticket int,
    updated_at     timestamp with time zone not null
);
create index ix_school_seat_application on school_seat (application_id);
create index ix_school_seat_waitlist on school_seat (district, school_year, grade, status, waitlist_ticket);

-- Waitlist tickets per district, school year and grade, drawn in turn (the row is the lock): the
-- position of a waitlisted child is the rank of its ticket among those still waiting.
create table waitlist_counter (
    district    varchar(32) not null,
    school_year int         not null,
    grade       int         not null,
    issued      int         not null,
    primary key (district, school_year, grade)
);
create index ix_school_seat_school on school_seat (school_code, school_year, grade, status);

create table clinic_ledger (
    clinic_code varchar(16) primary key,
    capacity    int         not null,
    registered  int         not null,
    constraint ck_clinic_within_capacity check (registered >= 0 and registered <= capacity)
);

create table clinic_registration (
    child_id       uuid        primary key references child (id),
    application_id uuid        not null references application (id),
    district       varchar(32) not null,
    clinic_code    varchar(16),
    status         varchar(12) not null,
    basis          varchar(16) not null,
    distance_km    numeric(6, 2),
    override_reason varchar(2000),
    updated_at     timestamp with time zone not null
);
create index ix_clinic_registration_application on clinic_registration (application_id);

-- The transport authority's queue: a bus stop or a subsidy for a child whose school is too far to walk.
create table transport_request (
    child_id       uuid        primary key references child (id),
    application_id uuid        not null references application (id),
    district       varchar(32) not null,
    school_code    varchar(16) not null,
    kind           varchar(12) not null,
    bus_route      varchar(16),
    bus_stop       varchar(100),
    distance_km    numeric(6, 2) not null,
    status         varchar(12) not null,
    updated_at     timestamp with time zone not null
);
create index ix_transport_request_queue on transport_request (district, status, updated_at);

-- Children 0-6: the checks of the child health management schedule, at the clinic of registration.
create table health_check (
    child_id   uuid not null references child (id),
    age_months int  not null,
    due_on     date not null,
    primary key (child_id, age_months)
);

-- The officers' follow-up of a child's placement (a process instance of PlacementFollowUp): its id
-- names the child, so that a task can never be pointed at another child through its variables.
create table placement_follow_up (
    follow_up_id varchar(64) primary key,
    child_id     uuid        not null references child (id)
);

-- Why the child has this school and clinic (catchment, nearest free seat, waitlist position, distance,
-- transport), in words, for the status page and the officers.
alter table child add column placement_explanation varchar(2000);
