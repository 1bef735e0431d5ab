-- Innkeeper schema, version 5.9: the e-mail outbox. Every message to a guest (a booking
-- confirmation, an invoice) is written here in the transaction of the change it is about, then sent
-- by the mail session; it stays here, sent or not, for staff to see.
-- Portable SQL: the same script runs on H2 and PostgreSQL.

create sequence outbox_message_seq start with 1 increment by 50;

create table outbox_message (
    id                       bigint                   not null primary key,
    recipient                varchar(200)             not null,
    subject                  varchar(200)             not null,
    body                     varchar(20000)           not null,
    attachment_name          varchar(200),
    attachment_content_type  varchar(100),
    attachment_content       bytea,
    kind                     varchar(30)              not null,
    confirmation_number      varchar(20),
    created_at               timestamp with time zone not null,
    created_by               varchar(40)              not null,
    status                   varchar(10)              not null,
    attempts                 integer                  not null,
    last_attempt_at          timestamp with time zone,
    last_error               varchar(300),
    sent_at                  timestamp with time zone,
    constraint outbox_message_status_valid check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint outbox_message_attempts_valid check (attempts >= 0),
    constraint outbox_message_sent_has_time check (status <> 'SENT' or sent_at is not null),
    constraint outbox_message_attachment_whole check ((attachment_name is null and attachment_content is null)
        or (attachment_name is not null and attachment_content_type is not null and attachment_content is not null))
);
-- the sender looks for what is still to send; the desk lists the newest first
create index outbox_message_status_idx on outbox_message (status, created_at);
create index outbox_message_created_idx on outbox_message (created_at);
create index outbox_message_confirmation_idx on outbox_message (confirmation_number);
