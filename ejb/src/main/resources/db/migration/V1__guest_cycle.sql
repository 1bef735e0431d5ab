-- Innkeeper schema, version 1: the guest cycle, thin but real.
-- Portable SQL: the same script runs on H2 (embedded, tests) and PostgreSQL (production).

create sequence room_type_seq start with 1 increment by 50;
create sequence room_seq start with 1 increment by 50;
create sequence rate_plan_seq start with 1 increment by 50;
create sequence room_rate_seq start with 1 increment by 50;
create sequence inventory_night_seq start with 1 increment by 50;
create sequence guest_seq start with 1 increment by 50;
create sequence channel_seq start with 1 increment by 50;
create sequence reservation_seq start with 1 increment by 50;
create sequence folio_seq start with 1 increment by 50;
create sequence posting_seq start with 1 increment by 50;

-- The property itself: one row.
create table hotel (
    id          integer      not null primary key,
    name        varchar(120) not null,
    currency    char(3)      not null,
    time_zone   varchar(60)  not null,
    constraint hotel_single_row check (id = 1)
);

create table room_type (
    id            bigint      not null primary key,
    code          varchar(10) not null,
    name          varchar(80) not null,
    max_occupancy integer     not null,
    sort_order    integer     not null,
    constraint room_type_code_unique unique (code),
    constraint room_type_occupancy_positive check (max_occupancy > 0)
);

create table room (
    id           bigint      not null primary key,
    room_number  varchar(10) not null,
    floor        integer     not null,
    room_type_id bigint      not null,
    occupancy    varchar(10) not null,
    housekeeping varchar(10) not null,
    version      bigint      not null,
    constraint room_number_unique unique (room_number),
    constraint room_room_type_fk foreign key (room_type_id) references room_type (id),
    constraint room_occupancy_valid check (occupancy in ('VACANT', 'OCCUPIED')),
    constraint room_housekeeping_valid check (housekeeping in ('CLEAN', 'DIRTY', 'INSPECTED'))
);

create table rate_plan (
    id          bigint       not null primary key,
    code        varchar(10)  not null,
    name        varchar(80)  not null,
    description varchar(300),
    sort_order  integer      not null,
    constraint rate_plan_code_unique unique (code)
);

-- The price of one night of one room type under one rate plan.
create table room_rate (
    id           bigint         not null primary key,
    rate_plan_id bigint         not null,
    room_type_id bigint         not null,
    night        date           not null,
    amount       numeric(14, 2) not null,
    currency     char(3)        not null,
    constraint room_rate_unique unique (rate_plan_id, room_type_id, night),
    constraint room_rate_plan_fk foreign key (rate_plan_id) references rate_plan (id),
    constraint room_rate_type_fk foreign key (room_type_id) references room_type (id),
    constraint room_rate_not_negative check (amount >= 0)
);

-- Rooms sellable and sold per room type and night. The check constraint is the last word on
-- overbooking: whatever path books a room, sold can never pass sellable.
create table inventory_night (
    id           bigint  not null primary key,
    room_type_id bigint  not null,
    night        date    not null,
    sellable     integer not null,
    sold         integer not null,
    constraint inventory_night_unique unique (room_type_id, night),
    constraint inventory_night_type_fk foreign key (room_type_id) references room_type (id),
    constraint inventory_never_oversold check (sold >= 0 and sold <= sellable)
);

create table guest (
    id         bigint                   not null primary key,
    first_name varchar(100)             not null,
    last_name  varchar(100)             not null,
    email      varchar(200),
    phone      varchar(40),
    created_at timestamp with time zone not null
);
create index guest_last_name_idx on guest (last_name);
create index guest_email_idx on guest (email);

create table channel (
    id           bigint      not null primary key,
    code         varchar(20) not null,
    name         varchar(80) not null,
    api_key_hash varchar(64) not null,
    constraint channel_code_unique unique (code),
    constraint channel_api_key_unique unique (api_key_hash)
);

create table reservation (
    id                  bigint                   not null primary key,
    confirmation_number varchar(12)              not null,
    status              varchar(20)              not null,
    room_type_id        bigint                   not null,
    rate_plan_id        bigint                   not null,
    guest_id            bigint                   not null,
    arrival             date                     not null,
    departure           date                     not null,
    adults              integer                  not null,
    total_amount        numeric(14, 2)           not null,
    total_currency      char(3)                  not null,
    channel             varchar(20)              not null,
    source              varchar(60),
    room_id             bigint,
    document_type       varchar(20),
    document_number     varchar(40),
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    checked_in_at       timestamp with time zone,
    checked_out_at      timestamp with time zone,
    cancelled_at        timestamp with time zone,
    version             bigint                   not null,
    constraint reservation_number_unique unique (confirmation_number),
    constraint reservation_room_type_fk foreign key (room_type_id) references room_type (id),
    constraint reservation_rate_plan_fk foreign key (rate_plan_id) references rate_plan (id),
    constraint reservation_guest_fk foreign key (guest_id) references guest (id),
    constraint reservation_room_fk foreign key (room_id) references room (id),
    constraint reservation_stay_valid check (departure > arrival),
    constraint reservation_adults_positive check (adults > 0),
    constraint reservation_status_valid check (status in ('CONFIRMED', 'IN_HOUSE', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW'))
);
create index reservation_arrival_idx on reservation (arrival);
create index reservation_departure_idx on reservation (departure);
create index reservation_status_idx on reservation (status);
create index reservation_guest_idx on reservation (guest_id);

-- The price of each night as confirmed: frozen, later rate changes never touch it.
create table reservation_night (
    reservation_id bigint         not null,
    night          date           not null,
    amount         numeric(14, 2) not null,
    currency       char(3)        not null,
    constraint reservation_night_pk primary key (reservation_id, night),
    constraint reservation_night_fk foreign key (reservation_id) references reservation (id)
);
create index reservation_night_night_idx on reservation_night (night);

create table folio (
    id             bigint  not null primary key,
    reservation_id bigint  not null,
    currency       char(3) not null,
    version        bigint  not null,
    constraint folio_reservation_unique unique (reservation_id),
    constraint folio_reservation_fk foreign key (reservation_id) references reservation (id)
);

-- Postings are never edited: a correction is a new, reversing posting.
create table posting (
    id            bigint                   not null primary key,
    folio_id      bigint                   not null,
    type          varchar(10)              not null,
    category      varchar(20)              not null,
    description   varchar(120)             not null,
    amount        numeric(14, 2)           not null,
    currency      char(3)                  not null,
    business_date date                     not null,
    posted_at     timestamp with time zone not null,
    card_last4    varchar(4),
    -- for room nights: which night, in which room (the description is for people, these for reports)
    night         date,
    room_number   varchar(10),
    constraint posting_folio_fk foreign key (folio_id) references folio (id),
    constraint posting_type_valid check (type in ('ROOM', 'CHARGE', 'PAYMENT')),
    constraint posting_amount_positive check (amount > 0)
);
create index posting_folio_idx on posting (folio_id);

create table staff_user (
    username      varchar(40)  not null primary key,
    display_name  varchar(80)  not null,
    password_hash varchar(200) not null,
    locale        varchar(5)   not null
);

create table staff_role (
    username varchar(40) not null,
    role     varchar(20) not null,
    constraint staff_role_pk primary key (username, role),
    constraint staff_role_user_fk foreign key (username) references staff_user (username),
    constraint staff_role_valid check (role in ('FRONT_DESK', 'MANAGER'))
);
