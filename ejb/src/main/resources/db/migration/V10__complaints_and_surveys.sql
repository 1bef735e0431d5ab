-- Innkeeper schema, version 10: complaints with their standard resolutions, compensation on the folio,
-- follow-ups and repeats; the survey after every stay (one-use link, NPS and CSAT per department).
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- The standard way to resolve each category of complaint: the steps the desk follows and the target
-- time, edited by managers.
create table complaint_standard (
    category        varchar(20)   not null primary key,
    steps           varchar(2000) not null,
    target_minutes  integer       not null,
    version         bigint        not null,
    constraint complaint_standard_category_valid check (category in
        ('ROOM', 'CLEANLINESS', 'NOISE', 'FOOD_AND_BEVERAGE', 'STAFF', 'BILLING', 'MAINTENANCE', 'OTHER')),
    constraint complaint_standard_target_valid check (target_minutes > 0 and target_minutes <= 20160)
);
insert into complaint_standard (category, steps, target_minutes, version) values
    ('ROOM',              'Apologise and admit the mistake. Offer another room of the same type or better at once; if none is free, fix what is wrong within the hour. Confirm with the guest in person.', 60, 0),
    ('CLEANLINESS',       'Apologise. Send housekeeping (the supervisor inspects) within 30 minutes. Offer a small amenity. Confirm with the guest.', 30, 0),
    ('NOISE',             'Apologise. Ask the source to stop (security if needed) within 15 minutes. Offer a quiet room if the noise may come back.', 15, 0),
    ('FOOD_AND_BEVERAGE', 'Apologise. Replace the dish or drink at once; remove it from the bill. Tell the F&B manager.', 20, 0),
    ('STAFF',             'Listen, apologise, admit the mistake. The duty manager talks to the guest the same day and to the colleague.', 120, 0),
    ('BILLING',           'Check the folio with the guest. Correct a wrong posting at once (a correction with a reason). Print the corrected folio.', 30, 0),
    ('MAINTENANCE',       'Apologise. Call maintenance at once; if it is not fixed within the hour, offer another room.', 60, 0),
    ('OTHER',             'Listen, apologise, note the guest''s words. The duty manager decides what to do and tells the guest the same day.', 240, 0);

create sequence complaint_seq start with 1 increment by 50;

create table complaint (
    id                   bigint                   not null primary key,
    reservation_id       bigint,
    confirmation_number  varchar(20),
    guest_id             bigint,
    guest_name           varchar(200),
    room_number          varchar(10),
    category             varchar(20)              not null,
    severity             varchar(10)              not null,
    source               varchar(12)              not null,
    guest_words          varchar(2000)            not null,
    taken_by             varchar(40)              not null,
    taken_at             timestamp with time zone not null,
    due_at               timestamp with time zone not null,
    status               varchar(10)              not null,
    action_taken         varchar(2000),
    guest_accepted       boolean,
    mistake_admitted     boolean                  not null,
    compensation         varchar(200),
    compensation_amount  numeric(14, 2),
    resolved_at          timestamp with time zone,
    resolved_by          varchar(40),
    follow_up_due        timestamp with time zone,
    followed_up_at       timestamp with time zone,
    followed_up_by       varchar(40),
    follow_up_note       varchar(1000),
    repeat_reason        varchar(200),
    assigned_to          varchar(40),
    version              bigint                   not null,
    constraint complaint_category_valid check (category in
        ('ROOM', 'CLEANLINESS', 'NOISE', 'FOOD_AND_BEVERAGE', 'STAFF', 'BILLING', 'MAINTENANCE', 'OTHER')),
    constraint complaint_severity_valid check (severity in ('LOW', 'MEDIUM', 'HIGH')),
    constraint complaint_source_valid check (source in ('DESK', 'PHONE', 'EMAIL', 'API', 'GUEST_PAGE', 'SURVEY')),
    constraint complaint_status_valid check (status in ('OPEN', 'RESOLVED', 'CLOSED')),
    constraint complaint_resolved_has_time check (status = 'OPEN' or resolved_at is not null),
    constraint complaint_reservation_fk foreign key (reservation_id) references reservation (id)
);
create index complaint_reservation_idx on complaint (reservation_id);
create index complaint_guest_idx on complaint (guest_id, taken_at);
create index complaint_room_idx on complaint (room_number, category, taken_at);
create index complaint_taken_idx on complaint (taken_at);
create index complaint_follow_up_idx on complaint (status, follow_up_due);

-- Who changed a complaint's state, when, and what they said.
create table complaint_event (
    complaint_id  bigint                   not null,
    event_no      integer                  not null,
    at            timestamp with time zone not null,
    by_whom       varchar(40)              not null,
    status        varchar(10)              not null,
    note          varchar(300),
    constraint complaint_event_pk primary key (complaint_id, event_no),
    constraint complaint_event_complaint_fk foreign key (complaint_id) references complaint (id)
);

-- Compensation: a negative charge (a discount) carries the complaint it compensates; a free service is
-- a reversal whose reason names the complaint, and carries it too.
alter table posting add column complaint_id bigint;
alter table posting add constraint posting_complaint_fk foreign key (complaint_id) references complaint (id);
alter table posting drop constraint posting_amount_valid;
alter table posting add constraint posting_amount_valid check (amount > 0
    or (amount = 0 and type = 'ROOM')
    or (amount < 0 and (reverses_id is not null or type = 'PAYMENT' or complaint_id is not null)));
create index posting_complaint_idx on posting (complaint_id);

-- The survey of one stay: its one-use link (a long random token, valid until expires_at), and once
-- answered, the answers. Tied to the stay, the room and the staff who checked the guest in and out.
create sequence survey_seq start with 1 increment by 50;

create table survey (
    id                   bigint                   not null primary key,
    token                varchar(64)              not null,
    reservation_id       bigint                   not null,
    confirmation_number  varchar(20)              not null,
    guest_id             bigint,
    room_number          varchar(10),
    checked_in_by        varchar(40),
    checked_out_by       varchar(40),
    departure            date                     not null,
    language             varchar(2)               not null,
    sent_at              timestamp with time zone not null,
    expires_at           timestamp with time zone not null,
    answered_at          timestamp with time zone,
    nps                  integer,
    csat_overall         integer,
    csat_front_desk      integer,
    csat_room            integer,
    csat_cleanliness     integer,
    csat_fnb             integer,
    comment              varchar(2000),
    complaint_id         bigint,
    version              bigint                   not null,
    constraint survey_token_unique unique (token),
    constraint survey_reservation_unique unique (reservation_id),
    constraint survey_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint survey_complaint_fk foreign key (complaint_id) references complaint (id),
    constraint survey_nps_valid check (nps is null or (nps >= 0 and nps <= 10)),
    constraint survey_csat_valid check ((csat_overall is null or csat_overall between 1 and 5)
        and (csat_front_desk is null or csat_front_desk between 1 and 5)
        and (csat_room is null or csat_room between 1 and 5)
        and (csat_cleanliness is null or csat_cleanliness between 1 and 5)
        and (csat_fnb is null or csat_fnb between 1 and 5)),
    constraint survey_answered_whole check (answered_at is null or (nps is not null and csat_overall is not null))
);
create index survey_departure_idx on survey (departure);
