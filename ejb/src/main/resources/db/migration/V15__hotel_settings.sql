-- Hotel settings a manager edits (they were constants in code): the check-out hour, the hour from which
-- the desk may mark a guest due today as a no-show, how long an option and a waitlist offer may hold
-- rooms, and how far ahead rooms are sold. Check-in hour has been a column since V2.
alter table hotel add column check_out_hour integer default 11 not null;
alter table hotel add column no_show_hour integer default 18 not null;
alter table hotel add column option_max_days integer default 14 not null;
alter table hotel add column waitlist_offer_hours integer default 24 not null;
alter table hotel add column sale_horizon_days integer default 730 not null;
alter table hotel add constraint hotel_check_out_hour_valid check (check_out_hour between 0 and 23);
alter table hotel add constraint hotel_no_show_hour_valid check (no_show_hour between 0 and 23);
alter table hotel add constraint hotel_option_max_days_valid check (option_max_days between 1 and 60);
alter table hotel add constraint hotel_waitlist_offer_hours_valid check (waitlist_offer_hours between 1 and 168);
alter table hotel add constraint hotel_sale_horizon_days_valid check (sale_horizon_days between 30 and 730);

-- The city tax: charged per person and night, or per adult only (children exempt), as the city's rule says.
alter table hotel add column city_tax_children_exempt boolean default false not null;

-- The day's statistics (the night audit, and the demo freezing its year) read the room nights of a night and
-- the arrivals, departures and cancellations of a day: indexed, so each day costs the same however long
-- the history (the demo's 365 days took 23 s without them).
create index posting_night_idx on posting (night);
create index reservation_checked_in_idx on reservation (checked_in_on);
create index reservation_checked_out_idx on reservation (checked_out_at);
create index reservation_cancelled_idx on reservation (cancelled_at);
