-- Folio windows: a stay's account split by who pays (window 1 is the guest's; 2 to 8 have a payee of
-- their own, e.g. the company paying the room), routing rules that send chosen articles to a window
-- for the whole stay or some dates, and invoices per window.

alter table posting add column window_no integer default 1 not null;
alter table posting add constraint posting_window_valid check (window_no >= 1 and window_no <= 8);

create table folio_window (
    folio_id      bigint       not null,
    window_no     integer      not null,
    payee_name    varchar(200) not null,
    payee_address varchar(300),
    payee_vat_id  varchar(30),
    constraint folio_window_pk primary key (folio_id, window_no),
    constraint folio_window_folio_fk foreign key (folio_id) references folio (id),
    constraint folio_window_no_valid check (window_no >= 2 and window_no <= 8)
);

create table routing_rule (
    folio_id     bigint      not null,
    rule_no      integer     not null,
    article_code varchar(20) not null,
    window_no    integer     not null,
    from_date    date,
    to_date      date,
    constraint routing_rule_pk primary key (folio_id, rule_no),
    constraint routing_rule_folio_fk foreign key (folio_id) references folio (id),
    constraint routing_rule_article_fk foreign key (article_code) references article (code),
    constraint routing_rule_window_valid check (window_no >= 1 and window_no <= 8),
    constraint routing_rule_dates_valid check (from_date is null or to_date is null or from_date <= to_date)
);

alter table invoice add column window_no integer default 1 not null;
