-- The audit trail (issue 10): Hibernate Envers writes one row per changed record into <table>_aud under a
-- revision (one committed transaction) that says when (epoch milliseconds) and who (staff user name,
-- channel:CODE or system). Columns mirror the audited entities; every new column of an audited table needs
-- its twin here (or @NotAudited on the field). rev_type: 0 added, 1 changed, 2 removed.

create sequence revision_seq start with 1 increment by 1;

create table hotel_aud (
    id integer not null,
    rev bigint not null,
    rev_type smallint,
    address varchar(300),
    audit_hour integer,
    business_date date,
    check_in_hour integer,
    currency varchar(3),
    legal_name varchar(160),
    name varchar(255),
    city_tax_amount numeric(14,2),
    vat_included boolean,
    vat_percent numeric(5,2),
    time_zone varchar(255),
    vat_id varchar(30),
    primary key (id, rev)
);

create table posting_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    amount numeric(14,2),
    currency varchar(3),
    article_code varchar(20),
    business_date date,
    card_last4 varchar(4),
    category varchar(20),
    complaint_id bigint,
    department varchar(30),
    description varchar(120),
    net numeric(14,2),
    night date,
    posted_at timestamp with time zone,
    posted_by varchar(60),
    posting_key varchar(80),
    reason varchar(200),
    reverses_id bigint,
    room_number varchar(10),
    type varchar(30),
    vat numeric(14,2),
    vat_percent numeric(5,2),
    window_no integer,
    primary key (id, rev)
);

create table rate_plan_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    active boolean,
    adjustment_percent numeric(6,2),
    breakfast_included boolean,
    child_amount numeric(14,2),
    code varchar(10),
    description varchar(255),
    extra_adult_amount numeric(14,2),
    name varchar(255),
    cancellation_fee varchar(30),
    cancellation_fee_percent numeric(5,2),
    deposit_percent numeric(5,2),
    free_cancellation_hours integer,
    guarantee varchar(30),
    no_show_fee varchar(30),
    no_show_fee_percent numeric(5,2),
    sort_order integer,
    parent_id bigint,
    primary key (id, rev)
);

create table reservation_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    adults integer,
    assigned_by varchar(40),
    birth_date date,
    booking_reference varchar(12),
    breakfast_included boolean,
    cancelled_at timestamp with time zone,
    channel varchar(20),
    checked_in_at timestamp with time zone,
    checked_in_by varchar(40),
    checked_in_on date,
    checked_out_at timestamp with time zone,
    checked_out_by varchar(40),
    children integer,
    city_tax_amount numeric(14,2),
    confirmation_number varchar(12),
    created_at timestamp with time zone,
    deposit_amount numeric(14,2),
    deposit_kind varchar(30),
    early_check_in boolean,
    end_reason varchar(30),
    eta time,
    cancellation_fee_amount numeric(14,2),
    guarantee_card_last4 varchar(4),
    guest_email varchar(200),
    guest_first_name varchar(100),
    guest_last_name varchar(100),
    guest_phone varchar(40),
    guest_search_full_name varchar(201),
    guest_search_last_name varchar(100),
    house_use boolean,
    document_number varchar(40),
    document_type varchar(30),
    keys_issued integer,
    modified_at timestamp with time zone,
    nationality varchar(2),
    option_expires_at timestamp with time zone,
    cancellation_fee varchar(30),
    cancellation_fee_percent numeric(5,2),
    deposit_percent numeric(5,2),
    free_cancellation_hours integer,
    guarantee varchar(30),
    no_show_fee varchar(30),
    no_show_fee_percent numeric(5,2),
    queued_at timestamp with time zone,
    room_amount numeric(14,2),
    source varchar(60),
    status varchar(30),
    arrival date,
    departure date,
    total_amount numeric(14,2),
    total_currency varchar(3),
    vat_amount numeric(14,2),
    booked_room_type_id bigint,
    guest_id bigint,
    rate_plan_id bigint,
    room_id bigint,
    room_type_id bigint,
    primary key (id, rev)
);

create table revision (
    id bigint not null,
    actor varchar(40) not null,
    at_ms bigint not null,
    primary key (id)
);

create table room_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    floor integer,
    housekeeping_found varchar(30),
    housekeeping varchar(30),
    housekeeping_changed_at timestamp with time zone,
    housekeeping_changed_by varchar(40),
    room_number varchar(10),
    occupancy varchar(30),
    connects_to_id bigint,
    room_type_id bigint,
    primary key (id, rev)
);

create table room_rate_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    night date,
    amount numeric(14,2),
    currency varchar(3),
    rate_plan_id bigint,
    room_type_id bigint,
    primary key (id, rev)
);

create table staff_role_aud (
    rev bigint not null,
    username varchar(40) not null,
    role varchar(30) not null,
    rev_type smallint,
    primary key (username, role, rev)
);

create table staff_user_aud (
    username varchar(40) not null,
    rev bigint not null,
    rev_type smallint,
    display_name varchar(255),
    locale varchar(5),
    primary key (rev, username)
);

create table stay_restriction_aud (
    id bigint not null,
    rev bigint not null,
    rev_type smallint,
    closed_to_arrival boolean,
    closed_to_departure boolean,
    max_stay integer,
    min_stay integer,
    night date,
    stop_sell boolean,
    rate_plan_id bigint,
    room_type_id bigint,
    primary key (id, rev)
);

alter table hotel_aud add constraint hotel_aud_rev_fk foreign key (rev) references revision (id);

alter table posting_aud add constraint posting_aud_rev_fk foreign key (rev) references revision (id);

alter table rate_plan_aud add constraint rate_plan_aud_rev_fk foreign key (rev) references revision (id);

alter table reservation_aud add constraint reservation_aud_rev_fk foreign key (rev) references revision (id);

alter table room_aud add constraint room_aud_rev_fk foreign key (rev) references revision (id);

alter table room_rate_aud add constraint room_rate_aud_rev_fk foreign key (rev) references revision (id);

alter table staff_role_aud add constraint staff_role_aud_rev_fk foreign key (rev) references revision (id);

alter table staff_user_aud add constraint staff_user_aud_rev_fk foreign key (rev) references revision (id);

alter table stay_restriction_aud add constraint stay_restriction_aud_rev_fk foreign key (rev) references revision (id);

create index revision_at_idx on revision (at_ms);
create index revision_actor_idx on revision (actor);
create index reservation_aud_rev_idx on reservation_aud (rev);
create index posting_aud_rev_idx on posting_aud (rev);
create index room_aud_rev_idx on room_aud (rev);
create index rate_plan_aud_rev_idx on rate_plan_aud (rev);
create index room_rate_aud_rev_idx on room_rate_aud (rev);
create index stay_restriction_aud_rev_idx on stay_restriction_aud (rev);
create index hotel_aud_rev_idx on hotel_aud (rev);
create index staff_user_aud_rev_idx on staff_user_aud (rev);
create index staff_role_aud_rev_idx on staff_role_aud (rev);
