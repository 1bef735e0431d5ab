-- Innkeeper schema, version 3: the channel API platform.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

-- A channel's own request rate (requests per second, also its burst); null: the server's default.
alter table channel add column requests_per_second integer;
alter table channel add constraint channel_rate_positive check (requests_per_second is null or requests_per_second > 0);

create sequence idempotency_record_seq start with 1 increment by 50;

-- The first answer to a POST or PATCH sent with an Idempotency-Key, replayed for the same key.
-- The row is inserted first, in the transaction of the work itself: the unique key makes a racing
-- duplicate wait for (PostgreSQL) or fail at (H2) its insert, so the work is done once.
-- status is null while the first request is still being answered.
create table idempotency_record (
    id              bigint          not null primary key,
    channel         varchar(64)     not null,
    idempotency_key varchar(255)    not null,
    request_hash    char(64)        not null,
    status          integer,
    location        varchar(2000),
    response_body   varchar(1000000),
    created_at      timestamp with time zone not null,
    constraint idempotency_record_key_unique unique (channel, idempotency_key)
);
create index idempotency_record_created_idx on idempotency_record (created_at);
