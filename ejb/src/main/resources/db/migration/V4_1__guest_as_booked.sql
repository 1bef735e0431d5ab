-- Innkeeper schema, version 4.1: the guest as booked. A reservation keeps the name and contacts the
-- booker gave, apart from the profile it attaches to: a channel booking can join a returning guest's
-- profile (same e-mail) and still be shown only what that channel sent. Backfilled from the profiles.
-- And who last changed a profile, and when a profile was merged into another.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

alter table reservation add column guest_first_name varchar(100);
alter table reservation add column guest_last_name varchar(100);
alter table reservation add column guest_email varchar(200);
alter table reservation add column guest_phone varchar(40);
update reservation set
    guest_first_name = (select g.first_name from guest g where g.id = reservation.guest_id),
    guest_last_name = (select g.last_name from guest g where g.id = reservation.guest_id),
    guest_email = (select g.email from guest g where g.id = reservation.guest_id),
    guest_phone = (select g.phone from guest g where g.id = reservation.guest_id);
alter table reservation alter column guest_first_name set not null;
alter table reservation alter column guest_last_name set not null;

alter table guest add column merged_at timestamp with time zone;
alter table guest add column changed_by varchar(40);
alter table guest add column changed_at timestamp with time zone;
create index guest_merged_into_idx on guest (merged_into_id);
