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
