-- The number of the hotel's reference data as servers keep it in memory (the hotel, room types, rate plans,
-- channels: see ReferenceData). Every transaction that changes one of them raises the number by one, in the
-- same transaction (SetupVersionIntegrator); a server compares it with the number of what it holds on every
-- request and reads the data again when they differ, so a change made through any server on this database is
-- seen by the next request on every other.
create table setup_version (
    id integer not null primary key,
    version bigint not null,
    constraint setup_version_one_row check (id = 1)
);

insert into setup_version (id, version) values (1, 1);
