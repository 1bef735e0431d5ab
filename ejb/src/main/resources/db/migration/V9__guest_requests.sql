-- Guest requests with measured targets: categories (each sends its requests to a department), the
-- targets per category and guest tier, the requests and their history, who a department's overdue
-- requests escalate to, the notices the escalated person sees, and the guest page's private links.

create table request_category (
    code       varchar(20)  not null primary key,
    name       varchar(100) not null,
    department varchar(20)  not null,
    priority   varchar(10)  not null,
    constraint request_category_department_valid
        check (department in ('FRONT_OFFICE', 'HOUSEKEEPING', 'MAINTENANCE', 'CONCIERGE', 'FOOD_AND_BEVERAGE')),
    constraint request_category_priority_valid check (priority in ('LOW', 'NORMAL', 'HIGH', 'URGENT'))
);

-- Standards are numbers: first response and resolution within so many minutes, per category and tier.
create table request_target (
    category_code      varchar(20) not null,
    tier               varchar(10) not null,
    response_minutes   integer     not null,
    resolution_minutes integer     not null,
    primary key (category_code, tier),
    constraint request_target_category_fk foreign key (category_code) references request_category (code),
    constraint request_target_tier_valid check (tier in ('VIP', 'LOYALTY', 'STANDARD')),
    constraint request_target_minutes_valid
        check (response_minutes > 0 and resolution_minutes >= response_minutes and resolution_minutes <= 10080)
);

-- Level 1: the department's supervisor; level 2: the duty manager.
create table escalation_contact (
    department       varchar(20) not null,
    escalation_level integer     not null,
    username         varchar(40) not null,
    email            varchar(200),
    primary key (department, escalation_level),
    constraint escalation_contact_level_valid check (escalation_level in (1, 2))
);

create sequence guest_request_seq start with 1 increment by 50;
create table guest_request (
    id                 bigint                   not null primary key,
    reservation_id     bigint                   not null,
    guest_id           bigint,
    room_number        varchar(10),
    category_code      varchar(20)              not null,
    department         varchar(20)              not null,
    priority           varchar(10)              not null,
    tier               varchar(10)              not null,
    description        varchar(1000)            not null,
    status             varchar(15)              not null,
    source             varchar(15)              not null,
    logged_at          timestamp with time zone not null,
    logged_by          varchar(60)              not null,
    response_due_at    timestamp with time zone not null,
    resolution_due_at  timestamp with time zone not null,
    acknowledged_at    timestamp with time zone,
    resolved_at        timestamp with time zone,
    escalation_level   integer                  not null,
    escalated_to       varchar(40),
    escalated_at       timestamp with time zone,
    version            bigint                   not null,
    constraint guest_request_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint guest_request_guest_fk foreign key (guest_id) references guest (id),
    constraint guest_request_category_fk foreign key (category_code) references request_category (code),
    constraint guest_request_status_valid
        check (status in ('OPEN', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'REOPENED')),
    constraint guest_request_source_valid
        check (source in ('DESK', 'HOUSEKEEPING', 'STAFF_API', 'CHANNEL', 'GUEST_PAGE')),
    constraint guest_request_escalation_valid check (escalation_level between 0 and 2)
);
create index guest_request_open_idx on guest_request (status, department);
create index guest_request_reservation_idx on guest_request (reservation_id);
create index guest_request_logged_idx on guest_request (logged_at);

-- Every change of a request: who, when, from which state to which, and what they wrote.
create sequence request_event_seq start with 1 increment by 50;
create table request_event (
    id          bigint                   not null primary key,
    request_id  bigint                   not null,
    kind        varchar(15)              not null,
    from_status varchar(15),
    to_status   varchar(15)              not null,
    at          timestamp with time zone not null,
    by_whom     varchar(60)              not null,
    note        varchar(1000),
    constraint request_event_request_fk foreign key (request_id) references guest_request (id)
);
create index request_event_request_idx on request_event (request_id);

-- What an escalated person sees on their screen until they read it.
create sequence staff_notice_seq start with 1 increment by 50;
create table staff_notice (
    id         bigint                   not null primary key,
    username   varchar(40)              not null,
    request_id bigint                   not null,
    message    varchar(500)             not null,
    created_at timestamp with time zone not null,
    read_at    timestamp with time zone,
    constraint staff_notice_request_fk foreign key (request_id) references guest_request (id)
);
create index staff_notice_user_idx on staff_notice (username, read_at);

-- The guest page's private link: only the SHA-256 of its 256-bit token is kept; one link per stay.
create table guest_page_link (
    token_hash     char(64)                 not null primary key,
    reservation_id bigint                   not null,
    issued_at      timestamp with time zone not null,
    issued_by      varchar(60)              not null,
    constraint guest_page_link_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint guest_page_link_one_per_stay unique (reservation_id)
);

insert into request_category (code, name, department, priority) values
    ('TOWELS', 'Towels and amenities', 'HOUSEKEEPING', 'NORMAL'),
    ('CLEANING', 'Room cleaning', 'HOUSEKEEPING', 'NORMAL'),
    ('REPAIR', 'Repair', 'MAINTENANCE', 'HIGH'),
    ('NOISE', 'Noise', 'FRONT_OFFICE', 'HIGH'),
    ('LATE_CHECKOUT', 'Late check-out', 'FRONT_OFFICE', 'NORMAL'),
    ('TAXI', 'Taxi', 'CONCIERGE', 'NORMAL'),
    ('ROOM_SERVICE', 'Room service', 'FOOD_AND_BEVERAGE', 'NORMAL'),
    ('OTHER', 'Other', 'FRONT_OFFICE', 'NORMAL');

-- First response within 5 minutes for VIP and loyalty guests, 15 for others; resolution per category.
insert into request_target (category_code, tier, response_minutes, resolution_minutes)
select c.code, t.tier, t.response, case c.code
        when 'TOWELS' then 30 when 'CLEANING' then 60 when 'REPAIR' then 120 when 'NOISE' then 20
        when 'LATE_CHECKOUT' then 30 when 'TAXI' then 20 when 'ROOM_SERVICE' then 45 else 60 end
from request_category c
cross join (select 'VIP' as tier, 5 as response union all select 'LOYALTY', 5 union all select 'STANDARD', 15) t;
