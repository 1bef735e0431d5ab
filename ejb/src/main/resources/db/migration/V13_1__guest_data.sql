-- A guest's data on request (issue 10, GDPR articles 15, 17 and 20): erasure keeps who erased which profile
-- and when (never the person: they are gone), and the hotel says how long it keeps guests' data after
-- their last stay (days; the daily retention run anonymises older profiles).

alter table hotel add column guest_retention_days integer default 1095 not null;
alter table hotel add constraint hotel_guest_retention_valid check (guest_retention_days between 30 and 7300);
alter table hotel_aud add column guest_retention_days integer;

alter table guest add column erased_at timestamp with time zone;

create sequence guest_erasure_seq start with 1 increment by 1;

create table guest_erasure (
    id           bigint                   not null primary key,
    guest_id     bigint                   not null,
    erased_at    timestamp with time zone not null,
    erased_by    varchar(40)              not null,
    reason       varchar(20)              not null,
    reservations integer                  not null,
    constraint guest_erasure_guest_fk foreign key (guest_id) references guest (id),
    constraint guest_erasure_reason_valid check (reason in ('REQUEST', 'RETENTION'))
);
create index guest_erasure_at_idx on guest_erasure (erased_at);
