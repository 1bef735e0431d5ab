-- Innkeeper schema, version 2: reservations in depth. Rate plans with occupancy prices, derived
-- plans and policies; restrictions per date; taxes; the full reservation lifecycle (option,
-- guaranteed, waitlisted), multi-room bookings, modification, cancellation fees, and the overbooking
-- allowance per room type. Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence stay_restriction_seq start with 1 increment by 50;
create sequence guest_notification_seq start with 1 increment by 50;

-- Taxes: VAT included in or added to room prices, and a city tax per person and night.
-- The hour of arrival against which "N hours before arrival" is counted.
alter table hotel add column vat_percent numeric(5, 2) default 0 not null;
alter table hotel add column vat_included boolean default true not null;
alter table hotel add column city_tax_amount numeric(14, 2) default 0 not null;
alter table hotel add column check_in_hour integer default 15 not null;
alter table hotel add constraint hotel_vat_valid check (vat_percent >= 0 and vat_percent <= 50);
alter table hotel add constraint hotel_city_tax_valid check (city_tax_amount >= 0);
alter table hotel add constraint hotel_check_in_hour_valid check (check_in_hour >= 0 and check_in_hour <= 23);

-- A room's price covers its standard occupancy; more guests pay the plan's extra-adult and child
-- prices. The overbooking allowance is added to what is sellable (default 0: never oversold).
alter table room_type add column standard_occupancy integer default 2 not null;
alter table room_type add column overbooking_limit integer default 0 not null;
update room_type set standard_occupancy = least(max_occupancy, 2);
alter table room_type add constraint room_type_standard_occupancy_valid
    check (standard_occupancy >= 1 and standard_occupancy <= max_occupancy);
alter table room_type add constraint room_type_overbooking_valid check (overbooking_limit >= 0 and overbooking_limit <= 50);

-- Rate plans: a derived plan (e.g. NRF = BAR - 10 %) has no prices of its own; what it includes;
-- prices for extra guests; and its policies (guarantee, cancellation, no-show), which are copied
-- onto each reservation at booking and never read from the plan again for it.
alter table rate_plan add column parent_id bigint;
alter table rate_plan add column adjustment_percent numeric(6, 2);
alter table rate_plan add column breakfast_included boolean default false not null;
alter table rate_plan add column extra_adult_amount numeric(14, 2) default 0 not null;
alter table rate_plan add column child_amount numeric(14, 2) default 0 not null;
alter table rate_plan add column guarantee varchar(10) default 'NONE' not null;
alter table rate_plan add column deposit_percent numeric(5, 2) default 0 not null;
alter table rate_plan add column free_cancellation_hours integer;
alter table rate_plan add column cancellation_fee varchar(12) default 'FIRST_NIGHT' not null;
alter table rate_plan add column cancellation_fee_percent numeric(5, 2) default 0 not null;
alter table rate_plan add column no_show_fee varchar(12) default 'FIRST_NIGHT' not null;
alter table rate_plan add column no_show_fee_percent numeric(5, 2) default 0 not null;
alter table rate_plan add column active boolean default true not null;
alter table rate_plan add column version bigint default 0 not null;
update rate_plan set free_cancellation_hours = 24;
alter table rate_plan add constraint rate_plan_parent_fk foreign key (parent_id) references rate_plan (id);
alter table rate_plan add constraint rate_plan_derivation_valid
    check ((parent_id is null and adjustment_percent is null)
        or (parent_id is not null and adjustment_percent is not null and adjustment_percent > -100 and adjustment_percent <= 200));
alter table rate_plan add constraint rate_plan_extras_valid check (extra_adult_amount >= 0 and child_amount >= 0);
alter table rate_plan add constraint rate_plan_guarantee_valid check (guarantee in ('NONE', 'CARD', 'DEPOSIT'));
alter table rate_plan add constraint rate_plan_deposit_valid check (deposit_percent >= 0 and deposit_percent <= 100);
alter table rate_plan add constraint rate_plan_free_cancellation_valid check (free_cancellation_hours is null or free_cancellation_hours >= 0);
alter table rate_plan add constraint rate_plan_cancellation_fee_valid check (cancellation_fee in ('NONE', 'FIRST_NIGHT', 'PERCENT', 'FULL_STAY'));
alter table rate_plan add constraint rate_plan_no_show_fee_valid check (no_show_fee in ('NONE', 'FIRST_NIGHT', 'PERCENT', 'FULL_STAY'));
alter table rate_plan add constraint rate_plan_fee_percent_valid
    check (cancellation_fee_percent >= 0 and cancellation_fee_percent <= 100 and no_show_fee_percent >= 0 and no_show_fee_percent <= 100);

-- Restrictions per rate plan, room type and night. Length of stay is checked on the arrival night,
-- closed to arrival/departure on the arrival/departure date, stop-sell on every night of the stay.
create table stay_restriction (
    id                  bigint  not null primary key,
    rate_plan_id        bigint  not null,
    room_type_id        bigint  not null,
    night               date    not null,
    min_stay            integer,
    max_stay            integer,
    closed_to_arrival   boolean default false not null,
    closed_to_departure boolean default false not null,
    stop_sell           boolean default false not null,
    constraint stay_restriction_unique unique (rate_plan_id, room_type_id, night),
    constraint stay_restriction_plan_fk foreign key (rate_plan_id) references rate_plan (id),
    constraint stay_restriction_type_fk foreign key (room_type_id) references room_type (id),
    constraint stay_restriction_los_valid check ((min_stay is null or min_stay >= 1) and (max_stay is null or max_stay >= 1)
        and (min_stay is null or max_stay is null or min_stay <= max_stay))
);
create index stay_restriction_night_idx on stay_restriction (night);

-- Reservations: children, an option's expiry, the booking (group) it belongs to, the price split
-- into room (net of VAT), VAT and city tax, the policies as confirmed, a card guarantee (last four
-- digits only), the cancellation fee charged and why the reservation ended.
alter table reservation add column children integer default 0 not null;
alter table reservation add column option_expires_at timestamp with time zone;
alter table reservation add column booking_reference varchar(12);
alter table reservation add column room_amount numeric(14, 2);
alter table reservation add column vat_amount numeric(14, 2) default 0 not null;
alter table reservation add column city_tax_amount numeric(14, 2) default 0 not null;
alter table reservation add column breakfast_included boolean default false not null;
alter table reservation add column guarantee varchar(10) default 'NONE' not null;
alter table reservation add column deposit_percent numeric(5, 2) default 0 not null;
alter table reservation add column free_cancellation_hours integer;
alter table reservation add column cancellation_fee varchar(12) default 'FIRST_NIGHT' not null;
alter table reservation add column cancellation_fee_percent numeric(5, 2) default 0 not null;
alter table reservation add column no_show_fee varchar(12) default 'FIRST_NIGHT' not null;
alter table reservation add column no_show_fee_percent numeric(5, 2) default 0 not null;
alter table reservation add column guarantee_card_last4 varchar(4);
alter table reservation add column cancellation_fee_amount numeric(14, 2);
alter table reservation add column end_reason varchar(30);
update reservation set room_amount = total_amount, free_cancellation_hours = 24;
alter table reservation alter column room_amount set not null;
alter table reservation drop constraint reservation_status_valid;
alter table reservation add constraint reservation_status_valid check (status in
    ('OPTION', 'CONFIRMED', 'GUARANTEED', 'WAITLISTED', 'IN_HOUSE', 'CHECKED_OUT', 'CANCELLED', 'NO_SHOW'));
alter table reservation add constraint reservation_children_valid check (children >= 0);
alter table reservation add constraint reservation_option_has_expiry check (status <> 'OPTION' or option_expires_at is not null);
create index reservation_modified_idx on reservation (channel, modified_at);
create index reservation_booking_idx on reservation (booking_reference);
create index reservation_option_idx on reservation (status, option_expires_at);

-- Each night as confirmed: room revenue net of VAT (amount), the VAT on it, the city tax.
alter table reservation_night add column vat numeric(14, 2) default 0 not null;
alter table reservation_night add column city_tax numeric(14, 2) default 0 not null;

-- Postings: city tax goes to the folio as a tax line of its own.
alter table posting drop constraint posting_type_valid;
alter table posting add constraint posting_type_valid check (type in ('ROOM', 'TAX', 'CHARGE', 'PAYMENT'));

-- What the guest is told (a waitlisted request offered a room, an option that lapsed). There is
-- no mail server yet: messages wait here, are shown at the desk and logged.
create table guest_notification (
    id             bigint                   not null primary key,
    reservation_id bigint                   not null,
    kind           varchar(30)              not null,
    recipient      varchar(200),
    message        varchar(500)             not null,
    created_at     timestamp with time zone not null,
    constraint guest_notification_reservation_fk foreign key (reservation_id) references reservation (id)
);
create index guest_notification_reservation_idx on guest_notification (reservation_id);
