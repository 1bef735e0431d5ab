-- Invoices and credit notes: numbered per series without gaps or duplicates, immutable once issued.

-- Who issues them: the hotel's legal identity, printed on every invoice.
alter table hotel add column legal_name varchar(160);
alter table hotel add column address varchar(300);
alter table hotel add column vat_id varchar(30);

-- One counter row per series. Issuing takes the next number by updating the row, in the same
-- transaction as the invoice: concurrent issues wait on the row, a rolled-back issue gives its
-- number back. So the numbers have no gaps, and the unique key below forbids duplicates.
create table invoice_counter (
    series      varchar(12) not null primary key,
    next_number bigint      not null,
    constraint invoice_counter_series_valid check (series in ('INVOICE', 'CREDIT_NOTE')),
    constraint invoice_counter_positive check (next_number > 0)
);
insert into invoice_counter (series, next_number) values ('INVOICE', 1), ('CREDIT_NOTE', 1);

create sequence invoice_seq start with 1 increment by 50;
create table invoice (
    id               bigint                   not null primary key,
    series           varchar(12)              not null,
    number           bigint                   not null,
    folio_id         bigint                   not null,
    reservation_id   bigint                   not null,
    credits_id       bigint,
    cancelled_by_id  bigint,
    reason           varchar(200),
    issued_on        date                     not null,
    issued_at        timestamp with time zone not null,
    issued_by        varchar(60)              not null,
    recipient_name   varchar(200)             not null,
    recipient_address varchar(300),
    recipient_vat_id varchar(30),
    language         varchar(2)               not null,
    currency         char(3)                  not null,
    net_total        numeric(14, 2)           not null,
    vat_total        numeric(14, 2)           not null,
    city_tax         numeric(14, 2)           not null,
    gross_total      numeric(14, 2)           not null,
    paid             numeric(14, 2)           not null,
    balance          numeric(14, 2)           not null,
    service_from     date,
    service_to       date,
    version          bigint                   not null,
    constraint invoice_series_valid check (series in ('INVOICE', 'CREDIT_NOTE')),
    constraint invoice_number_unique unique (series, number),
    constraint invoice_credited_once unique (credits_id),
    constraint invoice_folio_fk foreign key (folio_id) references folio (id),
    constraint invoice_reservation_fk foreign key (reservation_id) references reservation (id),
    constraint invoice_credits_fk foreign key (credits_id) references invoice (id),
    constraint invoice_credit_note_names_invoice check ((series = 'CREDIT_NOTE') = (credits_id is not null))
);
create index invoice_reservation_idx on invoice (reservation_id);

-- The lines as issued: a copy of each posting, so the document never changes.
create table invoice_line (
    invoice_id   bigint         not null,
    line_no      integer        not null,
    posting_id   bigint         not null,
    kind         varchar(10)    not null,
    line_date    date           not null,
    article_code varchar(20),
    description  varchar(120)   not null,
    net          numeric(14, 2) not null,
    vat_percent  numeric(5, 2)  not null,
    vat          numeric(14, 2) not null,
    gross        numeric(14, 2) not null,
    constraint invoice_line_pk primary key (invoice_id, line_no),
    constraint invoice_line_invoice_fk foreign key (invoice_id) references invoice (id),
    constraint invoice_line_posting_fk foreign key (posting_id) references posting (id),
    constraint invoice_line_kind_valid check (kind in ('CHARGE', 'TAX', 'PAYMENT'))
);
create index invoice_line_posting_idx on invoice_line (posting_id);

-- The PDF as issued, reprinted byte for byte.
create table invoice_document (
    invoice_id bigint not null primary key,
    pdf        bytea  not null,
    constraint invoice_document_invoice_fk foreign key (invoice_id) references invoice (id)
);
