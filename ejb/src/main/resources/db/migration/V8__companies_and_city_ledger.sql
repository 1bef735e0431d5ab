-- Companies and the city ledger: direct-billed invoices become a company's open items, paid later;
-- the ageing list shows how long they have been open.

create sequence company_seq start with 1 increment by 50;
create table company (
    id           bigint         not null primary key,
    name         varchar(200)   not null,
    address      varchar(300),
    vat_id       varchar(30),
    credit_limit numeric(14, 2) not null,
    active       boolean        not null,
    version      bigint         not null,
    constraint company_name_unique unique (name),
    constraint company_credit_limit_valid check (credit_limit >= 0)
);

-- A window paid by a company names it.
alter table folio_window add column company_id bigint;
alter table folio_window add constraint folio_window_company_fk foreign key (company_id) references company (id);

-- The city ledger: what companies were billed (an invoice each) and what they paid.
create sequence ledger_entry_seq start with 1 increment by 50;
create table ledger_entry (
    id            bigint                   not null primary key,
    company_id    bigint                   not null,
    kind          varchar(10)              not null,
    amount        numeric(14, 2)           not null,
    currency      char(3)                  not null,
    business_date date                     not null,
    posted_at     timestamp with time zone not null,
    posted_by     varchar(60)              not null,
    invoice_id    bigint,
    method        varchar(20),
    description   varchar(200)             not null,
    constraint ledger_entry_company_fk foreign key (company_id) references company (id),
    constraint ledger_entry_invoice_fk foreign key (invoice_id) references invoice (id),
    constraint ledger_entry_kind_valid check (kind in ('INVOICE', 'PAYMENT')),
    constraint ledger_entry_amount_positive check (amount > 0),
    constraint ledger_entry_invoice_once unique (invoice_id)
);
create index ledger_entry_company_idx on ledger_entry (company_id);
