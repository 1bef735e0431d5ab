-- Innkeeper schema, version 11: performance as history grows (issue 11).
-- Searches by name, e-mail and phone read lower-case search keys that the entities keep
-- (org.innkeeper.domain.shared.SearchKeys), as plain indexed prefixes: lower(last_name) like 'x%'
-- could use no index and read every reservation ever made. Older rows get the same keys here.
-- Portable SQL but for one placeholder: ${pattern_ops} is varchar_pattern_ops on PostgreSQL (so that
-- LIKE 'x%' uses the index whatever the database's collation) and nothing on H2 (set by the migrator).

alter table guest add column search_last_name varchar(100);
alter table guest add column search_full_name varchar(201);
alter table guest add column search_phone varchar(40);
update guest set search_last_name = lower(trim(last_name)),
    search_full_name = lower(trim(first_name)) || ' ' || lower(trim(last_name)),
    search_phone = nullif(lower(translate(trim(phone), ' +-()./', '')), '');
alter table guest alter column search_last_name set not null;
alter table guest alter column search_full_name set not null;
create index guest_search_last_idx on guest (search_last_name ${pattern_ops});
create index guest_search_full_idx on guest (search_full_name ${pattern_ops});
create index guest_search_phone_idx on guest (search_phone ${pattern_ops});
create index guest_search_email_idx on guest (email ${pattern_ops});

alter table reservation add column guest_search_last_name varchar(100);
alter table reservation add column guest_search_full_name varchar(201);
update reservation set guest_search_last_name = lower(trim(guest_last_name)),
    guest_search_full_name = lower(trim(guest_first_name)) || ' ' || lower(trim(guest_last_name));
alter table reservation alter column guest_search_last_name set not null;
alter table reservation alter column guest_search_full_name set not null;
create index reservation_search_last_idx on reservation (guest_search_last_name ${pattern_ops});
create index reservation_search_full_idx on reservation (guest_search_full_name ${pattern_ops});
create index reservation_search_email_idx on reservation (guest_email ${pattern_ops});

-- The occupancy report reads a closed day's sales from its frozen statistics, not from every night of
-- every reservation (0.35-0.5 s for a year of a 500-room hotel): the nights of stays that came, at their
-- booked prices, frozen by the night audit with the rest of the day. Days frozen before are filled here.
alter table daily_statistics add column booked_nights_sold integer default 0 not null;
alter table daily_statistics add column booked_room_revenue numeric(14, 2) default 0 not null;
update daily_statistics set
    booked_nights_sold = (select count(*) from reservation_night n join reservation r on r.id = n.reservation_id
        where n.night = daily_statistics.business_date and r.status in ('IN_HOUSE', 'CHECKED_OUT')),
    booked_room_revenue = coalesce((select sum(n.amount) from reservation_night n
        join reservation r on r.id = n.reservation_id
        where n.night = daily_statistics.business_date and r.status in ('IN_HOUSE', 'CHECKED_OUT')), 0);
