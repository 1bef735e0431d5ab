-- Departure, billing and the night audit: a business date of the hotel's own, a service catalogue,
-- postings with their VAT, department and article, and the audit's steps, log and frozen figures.

-- The business date: kept by the hotel, rolled by the night audit only.
alter table hotel add column business_date date;
update hotel set business_date = current_date;
alter table hotel alter column business_date set not null;
-- The hour (hotel time) a timer runs the night audit by itself; null: only by hand.
alter table hotel add column audit_hour integer;
alter table hotel add constraint hotel_audit_hour_valid check (audit_hour is null or (audit_hour >= 0 and audit_hour <= 23));

-- The service catalogue: what the hotel sells, with its department and VAT. Prices include VAT.
create table article (
    code        varchar(20)    not null primary key,
    name        varchar(80)    not null,
    department  varchar(12)    not null,
    vat_percent numeric(5, 2)  not null,
    price       numeric(14, 2),
    active      boolean        not null,
    -- room, city tax and the fees follow the hotel's taxes and policies: not edited here
    system_article boolean     not null,
    version     bigint         not null,
    constraint article_department_valid check (department in
        ('ROOM', 'FNB', 'MINIBAR', 'SPA', 'PARKING', 'LAUNDRY', 'TELEPHONE', 'OTHER', 'TAX')),
    constraint article_vat_valid check (vat_percent >= 0 and vat_percent <= 50),
    constraint article_price_valid check (price is null or price >= 0)
);
insert into article (code, name, department, vat_percent, price, active, system_article, version) values
    ('ROOM',          'Room night',            'ROOM',      0, null, true, true,  0),
    ('CITY_TAX',      'City tax',              'TAX',       0, null, true, true,  0),
    ('NO_SHOW',       'No-show fee',           'ROOM',      0, null, true, true,  0),
    ('CANCELLATION',  'Cancellation fee',      'ROOM',      0, null, true, true,  0),
    ('BREAKFAST',     'Breakfast',             'FNB',       0, null, true, false, 0),
    ('RESTAURANT',    'Restaurant',            'FNB',       0, null, true, false, 0),
    ('BAR',           'Bar',                   'FNB',       0, null, true, false, 0),
    ('MINIBAR',       'Minibar',               'MINIBAR',   0, null, true, false, 0),
    ('SPA',           'Spa',                   'SPA',       0, null, true, false, 0),
    ('PARKING',       'Parking',               'PARKING',   0, null, true, false, 0),
    ('LAUNDRY',       'Laundry',               'LAUNDRY',   0, null, true, false, 0),
    ('TELEPHONE',     'Telephone',             'TELEPHONE', 0, null, true, false, 0),
    ('EARLY_CHECKIN', 'Early check-in',        'ROOM',      0, null, true, false, 0),
    ('LATE_CHECKOUT', 'Late check-out',        'ROOM',      0, null, true, false, 0),
    ('OTHER',         'Other',                 'OTHER',     0, null, true, false, 0);

-- Postings name their article and carry net, VAT rate and VAT; who posted them; the reason of a
-- correction; and, for what the audit or a fee posts, a key that is unique: what was posted for
-- which stay and date is posted once, whatever runs twice.
alter table posting add column article_code varchar(20);
alter table posting add column department varchar(12);
alter table posting add column net numeric(14, 2);
alter table posting add column vat_percent numeric(5, 2);
alter table posting add column vat numeric(14, 2);
alter table posting add column posted_by varchar(60);
alter table posting add column reason varchar(200);
alter table posting add column posting_key varchar(80);
update posting set article_code = case when type = 'PAYMENT' then null
                                       when category = 'ROOM' then 'ROOM'
                                       when category = 'CITY_TAX' then 'CITY_TAX'
                                       when category in ('MINIBAR', 'RESTAURANT', 'BAR', 'LAUNDRY', 'SPA', 'PARKING')
                                           then category
                                       else 'OTHER' end;
update posting set department = (select a.department from article a where a.code = posting.article_code)
    where article_code is not null;
update posting set net = amount, vat = 0, vat_percent = 0 where type <> 'PAYMENT';
update posting set posted_by = 'system';
alter table posting alter column posted_by set not null;
alter table posting add constraint posting_article_fk foreign key (article_code) references article (code);
alter table posting add constraint posting_key_unique unique (posting_key);
alter table posting add constraint posting_charge_has_article check (type = 'PAYMENT' or article_code is not null);
-- refunds are negative payments, with a reason
alter table posting drop constraint posting_amount_valid;
alter table posting add constraint posting_amount_valid check (amount > 0
    or (amount < 0 and (reverses_id is not null or type = 'PAYMENT')));
create index posting_business_date_idx on posting (business_date);

-- The night audit of a business date: how far it got. A step's work and the step's number are
-- committed together, so an audit stopped anywhere resumes after the last step it finished.
create table night_audit (
    business_date date                     not null primary key,
    last_step     integer                  not null,
    status        varchar(10)              not null,
    started_at    timestamp with time zone not null,
    started_by    varchar(60)              not null,
    finished_at   timestamp with time zone,
    version       bigint                   not null,
    constraint night_audit_status_valid check (status in ('RUNNING', 'DONE')),
    constraint night_audit_step_valid check (last_step >= 0 and last_step <= 6)
);

create sequence night_audit_log_seq start with 1 increment by 50;
create table night_audit_log (
    id            bigint                   not null primary key,
    business_date date                     not null,
    step          integer                  not null,
    at            timestamp with time zone not null,
    by_whom       varchar(60)              not null,
    message       varchar(500)             not null,
    constraint night_audit_log_audit_fk foreign key (business_date) references night_audit (business_date)
);
create index night_audit_log_date_idx on night_audit_log (business_date);

-- The day's figures as the audit froze them: reports read these, never recompute them.
create table daily_statistics (
    business_date     date           not null primary key,
    rooms_total       integer        not null,
    rooms_out_of_order integer       not null,
    rooms_available   integer        not null,
    rooms_sold        integer        not null,
    rooms_complimentary integer      not null,
    rooms_house_use   integer        not null,
    arrivals          integer        not null,
    departures        integer        not null,
    no_shows          integer        not null,
    cancellations     integer        not null,
    guests            integer        not null,
    room_revenue      numeric(14, 2) not null,
    fnb_revenue       numeric(14, 2) not null,
    other_revenue     numeric(14, 2) not null,
    currency          char(3)        not null,
    frozen_at         timestamp with time zone not null
);

-- Revenue net of VAT by department for the day, as frozen by the audit.
create table daily_revenue (
    business_date date           not null,
    department    varchar(12)    not null,
    net           numeric(14, 2) not null,
    constraint daily_revenue_pk primary key (business_date, department),
    constraint daily_revenue_day_fk foreign key (business_date) references daily_statistics (business_date)
);

-- On the books at the close of a business date, for each of the next 365 nights.
create table on_the_books (
    snapshot_date date           not null,
    night         date           not null,
    rooms         integer        not null,
    room_revenue  numeric(14, 2) not null,
    constraint on_the_books_pk primary key (snapshot_date, night)
);
