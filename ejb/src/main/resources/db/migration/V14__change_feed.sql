-- The channels' change feed, in commit order. A reservation's change_seq is cleared by every change
-- (the entity does it before each update) and numbered after commit by a single stamper holding the
-- change_feed row, so a number is only ever given to a committed change and later numbers go to later
-- stamps: a reader at a number has seen everything committed below it.
alter table reservation add column change_seq bigint;
create index reservation_change_feed_idx on reservation (channel, change_seq);
create index reservation_change_seq_idx on reservation (change_seq);

create table change_feed (
    id int not null,
    last_seq bigint not null,
    constraint change_feed_pk primary key (id),
    constraint change_feed_one_row check (id = 1)
);
insert into change_feed (id, last_seq) values (1, 0);
