-- Fixed charges: an article a stay takes every night (parking, a pet, a breakfast the plan does not
-- include), posted by the night audit with the night's room, once per stay, night and article
-- (the posting key). The price is frozen when the charge is added, as a booking freezes its price.
create table fixed_charge (
    folio_id     bigint        not null references folio (id),
    charge_no    integer       not null,
    article_code varchar(20)   not null references article (code),
    quantity     integer       not null,
    unit_price   numeric(12, 2) not null,
    from_date    date,
    to_date      date,
    added_by     varchar(60)   not null,
    added_at     timestamp     not null,
    primary key (folio_id, charge_no),
    constraint fixed_charge_quantity_valid check (quantity between 1 and 20),
    constraint fixed_charge_price_valid check (unit_price >= 0),
    constraint fixed_charge_dates_valid check (from_date is null or to_date is null or to_date >= from_date)
);

-- A stay the hotel itself uses (a manager on duty, a room for a contractor): its nights count as
-- house use in the day's figures, apart from complimentary rooms given to guests.
alter table reservation add column house_use boolean default false not null;

-- A room night may be posted at zero (complimentary, or the hotel's own use): the night still
-- counts in the day's figures, and it is posted once like any night.
alter table posting drop constraint posting_amount_valid;
alter table posting add constraint posting_amount_valid check (amount > 0
    or (amount = 0 and type = 'ROOM')
    or (amount < 0 and (reverses_id is not null or type = 'PAYMENT')));
