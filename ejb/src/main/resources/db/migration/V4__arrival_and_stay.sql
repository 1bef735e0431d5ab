-- Innkeeper schema, version 4: arrival and stay in depth. Rooms with features and connecting
-- doors, a room given to a stay night by night (never to two stays: the primary key says so),
-- out-of-order and out-of-service periods, room moves with their history, registration with the
-- companions, keys and deposit, and the guest as a person (profile, preferences, alerts).
-- Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence room_block_seq start with 1 increment by 50;
create sequence room_move_seq start with 1 increment by 50;
create sequence companion_seq start with 1 increment by 50;
create sequence stay_event_seq start with 1 increment by 50;

-- What a room offers a guest who asks (non-smoking, quiet, accessible, bath or shower, a view),
-- and the room behind a connecting door, if any.
alter table room add column connects_to_id bigint;
alter table room add constraint room_connects_to_fk foreign key (connects_to_id) references room (id);
alter table room add column housekeeping_changed_at timestamp with time zone;
alter table room add column housekeeping_changed_by varchar(40);
-- What housekeeping found on its round (VACANT or OCCUPIED), to be compared with the desk's view.
alter table room add column housekeeping_found varchar(10);
alter table room add constraint room_housekeeping_found_valid check (housekeeping_found is null or housekeeping_found in ('VACANT', 'OCCUPIED'));

create table room_feature (
    room_id bigint      not null,
    feature varchar(20) not null,
    constraint room_feature_pk primary key (room_id, feature),
    constraint room_feature_room_fk foreign key (room_id) references room (id)
);

-- A room out of order (taken out of inventory: repairs) or out of service (still sellable: a
-- small defect) for nights from..to (exclusive), with the status it returns in.
create table room_block (
    id            bigint                   not null primary key,
    room_id       bigint                   not null,
    kind          varchar(20)              not null,
    from_night    date                     not null,
    to_night      date                     not null,
    reason        varchar(200)             not null,
    return_status varchar(10)              not null,
    created_by    varchar(40)              not null,
    created_at    timestamp with time zone not null,
    ended_at      timestamp with time zone,
    ended_by      varchar(40),
    version       bigint                   not null,
    constraint room_block_room_fk foreign key (room_id) references room (id),
    constraint room_block_kind_valid check (kind in ('OUT_OF_ORDER', 'OUT_OF_SERVICE')),
    constraint room_block_dates_valid check (to_night > from_night),
    constraint room_block_return_valid check (return_status in ('CLEAN', 'DIRTY', 'INSPECTED'))
);
create index room_block_room_idx on room_block (room_id, from_night);

-- The one invariant of room assignment: a room is given to at most one stay (or one out-of-order
-- period) per night. Every path (pre-assignment, auto-assignment, check-in, room move, extension,
-- out of order) inserts here, and the primary key refuses the second.
create table room_night (
    room_id        bigint not null,
    night          date   not null,
    reservation_id bigint,
    room_block_id  bigint,
    constraint room_night_pk primary key (room_id, night),
    constraint room_night_room_fk foreign key (room_id) references room (id),
    constraint room_night_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint room_night_block_fk foreign key (room_block_id) references room_block (id),
    constraint room_night_one_holder check ((reservation_id is null) <> (room_block_id is null))
);
create index room_night_reservation_idx on room_night (reservation_id);
create index room_night_night_idx on room_night (night);
-- The guests in the house already hold their rooms.
insert into room_night (room_id, night, reservation_id)
    select r.room_id, n.night, r.id from reservation r join reservation_night n on n.reservation_id = r.id
    where r.status = 'IN_HOUSE' and r.room_id is not null;

-- Arrival: the expected time, a place in the queue of guests waiting for a room, registration
-- (companions, nationality, date of birth), keys, the deposit or card pre-authorisation taken,
-- who checked the guest in, an upgrade and whether it was charged.
alter table reservation add column eta time;
alter table reservation add column queued_at timestamp with time zone;
alter table reservation add column nationality varchar(2);
alter table reservation add column birth_date date;
alter table reservation add column keys_issued integer default 0 not null;
alter table reservation add column deposit_amount numeric(14, 2);
alter table reservation add column deposit_kind varchar(20);
alter table reservation add column checked_in_by varchar(40);
alter table reservation add column checked_in_on date;
alter table reservation add column checked_out_by varchar(40);
alter table reservation add column assigned_by varchar(40);
alter table reservation add column early_check_in boolean default false not null;
alter table reservation add column booked_room_type_id bigint;
alter table reservation add constraint reservation_booked_type_fk foreign key (booked_room_type_id) references room_type (id);
alter table reservation add constraint reservation_keys_valid check (keys_issued >= 0 and keys_issued <= 10);
alter table reservation add constraint reservation_deposit_kind_valid check (deposit_kind is null or deposit_kind in ('DEPOSIT', 'PRE_AUTHORISATION'));
create index reservation_room_idx on reservation (room_id);

create table companion (
    id              bigint       not null primary key,
    reservation_id  bigint       not null,
    position        integer      not null,
    first_name      varchar(100) not null,
    last_name       varchar(100) not null,
    document_type   varchar(20),
    document_number varchar(40),
    nationality     varchar(2),
    birth_date      date,
    constraint companion_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint companion_position_unique unique (reservation_id, position)
);

-- Room moves, done or scheduled: from which room to which, from which night, why, by whom,
-- and whether the rate was kept (complimentary upgrade) or the stay re-priced.
create table room_move (
    id             bigint                   not null primary key,
    reservation_id bigint                   not null,
    from_room_id   bigint                   not null,
    to_room_id     bigint                   not null,
    effective_on   date                     not null,
    reason         varchar(200)             not null,
    repriced       boolean                  not null,
    status         varchar(10)              not null,
    created_by     varchar(40)              not null,
    created_at     timestamp with time zone not null,
    done_at        timestamp with time zone,
    constraint room_move_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint room_move_from_fk foreign key (from_room_id) references room (id),
    constraint room_move_to_fk foreign key (to_room_id) references room (id),
    constraint room_move_status_valid check (status in ('SCHEDULED', 'DONE', 'CANCELLED')),
    constraint room_move_rooms_differ check (from_room_id <> to_room_id)
);
create index room_move_reservation_idx on room_move (reservation_id);
create index room_move_due_idx on room_move (status, effective_on);

-- What happened to a stay at the desk, by whom and why: room given or taken back, checked in,
-- check-in undone, moved, extended, shortened, queued for a room.
create table stay_event (
    id             bigint                   not null primary key,
    reservation_id bigint                   not null,
    kind           varchar(20)              not null,
    business_date  date                     not null,
    happened_at    timestamp with time zone not null,
    done_by        varchar(40)              not null,
    detail         varchar(300),
    constraint stay_event_reservation_fk foreign key (reservation_id) references reservation (id)
);
create index stay_event_reservation_idx on stay_event (reservation_id);

-- A correction reverses a posting (a room night not used after all): a negative amount that
-- names the posting it reverses. Nothing is edited or deleted.
alter table posting add column reverses_id bigint;
alter table posting add constraint posting_reverses_fk foreign key (reverses_id) references posting (id);
alter table posting drop constraint posting_amount_positive;
alter table posting add constraint posting_amount_valid check (amount > 0 or (amount < 0 and reverses_id is not null));
create unique index posting_reversed_once on posting (reverses_id);

-- The guest as a person: language, VIP level and loyalty tier, preferences, notes and an alert
-- shown at check-in, an identity document to recognise them by, and a profile merged into another.
alter table guest add column language varchar(5);
alter table guest add column vip_level integer default 0 not null;
alter table guest add column loyalty_tier varchar(10) default 'NONE' not null;
alter table guest add column preferred_floor integer;
alter table guest add column pillow varchar(60);
alter table guest add column allergies varchar(200);
alter table guest add column preference_note varchar(500);
alter table guest add column notes varchar(2000);
alter table guest add column alert varchar(300);
alter table guest add column nationality varchar(2);
alter table guest add column birth_date date;
alter table guest add column document_type varchar(20);
alter table guest add column document_number varchar(40);
alter table guest add column merged_into_id bigint;
alter table guest add column version bigint default 0 not null;
alter table guest add constraint guest_merged_into_fk foreign key (merged_into_id) references guest (id);
alter table guest add constraint guest_vip_valid check (vip_level >= 0 and vip_level <= 3);
alter table guest add constraint guest_loyalty_valid check (loyalty_tier in ('NONE', 'SILVER', 'GOLD', 'PLATINUM'));
create index guest_phone_idx on guest (phone);
create index guest_document_idx on guest (document_number);

create table guest_preference (
    guest_id bigint      not null,
    feature  varchar(20) not null,
    constraint guest_preference_pk primary key (guest_id, feature),
    constraint guest_preference_guest_fk foreign key (guest_id) references guest (id)
);

-- Housekeeping is a role of its own now.
alter table staff_role drop constraint staff_role_valid;
alter table staff_role add constraint staff_role_valid check (role in ('FRONT_DESK', 'MANAGER', 'HOUSEKEEPING', 'NIGHT_AUDITOR'));
