-- One availability search, GET /api/v1/availability?arrival=&departure=&adults=, as the server sent it to
-- PostgreSQL (captured with log_statement = 'all', see docs/benchmarks.md "REST against raw SQL").
-- Read by org.innkeeper.benchmark.RawSqlScript; the grammar is in that class's comment:
--   statements end with ';' at the end of a line; :name is a value the driver binds (RawSqlChannel
--   names them); '-- @...' lines just above a statement say what to do with it; begin needs no line
--   (the driver's transactions begin with their first statement, as the server's do), commit does.

-- The API key (a transaction of its own): the channels are held in memory (ReferenceData), so only the
-- setup number is read to know they are still the database's.
-- The server reads it outside a transaction (auto-commit, one round trip); the driver commits after it
-- (the next statement must begin a transaction of its own), so here the raw side does a little more.
select version from setup_version where id = 1;
commit;

-- The search itself: one snapshot (OneSnapshot/ReadSnapshot).
set transaction isolation level repeatable read;
-- The hotel, room types and rate plans are held in memory too: the setup number again, in this snapshot.
select version from setup_version where id = 1;
select in1_0.room_type_id,in1_0.night,in1_0.sellable,in1_0.sold from inventory_night in1_0 where in1_0.night>=:arrival and in1_0.night<:departure order by in1_0.room_type_id,in1_0.night;
select rr1_0.rate_plan_id,rr1_0.room_type_id,rr1_0.night,rr1_0.amount,rr1_0.currency from room_rate rr1_0 where rr1_0.night>=:arrival and rr1_0.night<:departure;
select sr1_0.rate_plan_id,sr1_0.room_type_id,sr1_0.night,sr1_0.min_stay,sr1_0.max_stay,sr1_0.closed_to_arrival,sr1_0.closed_to_departure,sr1_0.stop_sell from stay_restriction sr1_0 where sr1_0.night>=:arrival and sr1_0.night<=:departure;
commit;
