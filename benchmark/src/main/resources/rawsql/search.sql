-- One availability search, GET /api/v1/availability?arrival=&departure=&adults=, as the server sent it to
-- PostgreSQL (captured with log_statement = 'all', see docs/benchmarks.md "REST against raw SQL").
-- Read by org.innkeeper.benchmark.RawSqlScript; the grammar is in that class's comment:
--   statements end with ';' at the end of a line; :name is a value the driver binds (RawSqlChannel
--   names them); '-- @...' lines just above a statement say what to do with it; begin needs no line
--   (the driver's transactions begin with their first statement, as the server's do), commit does.

-- The API key (a transaction of its own).
select c1_0.id,c1_0.api_key_hash,c1_0.code,c1_0.name,c1_0.requests_per_second from channel c1_0 where c1_0.api_key_hash=:api_key_hash;
commit;

-- The search itself: one snapshot (OneSnapshot/ReadSnapshot).
set transaction isolation level repeatable read;
select h1_0.id,h1_0.address,h1_0.audit_hour,h1_0.business_date,h1_0.currency,h1_0.guest_retention_days,h1_0.legal_name,h1_0.name,h1_0.check_in_hour,h1_0.check_out_hour,h1_0.no_show_hour,h1_0.option_max_days,h1_0.sale_horizon_days,h1_0.waitlist_offer_hours,h1_0.city_tax_children_exempt,h1_0.city_tax_amount,h1_0.vat_included,h1_0.vat_percent,h1_0.time_zone,h1_0.vat_id from hotel h1_0 where h1_0.id=:hotel_id;
select rt1_0.id,rt1_0.code,rt1_0.max_occupancy,rt1_0.name,rt1_0.overbooking_limit,rt1_0.sort_order,rt1_0.standard_occupancy from room_type rt1_0 order by rt1_0.sort_order,rt1_0.code;
select rp1_0.id,rp1_0.active,rp1_0.adjustment_percent,rp1_0.breakfast_included,rp1_0.child_amount,rp1_0.code,rp1_0.description,rp1_0.extra_adult_amount,rp1_0.name,rp1_0.parent_id,rp1_0.cancellation_fee,rp1_0.cancellation_fee_percent,rp1_0.deposit_percent,rp1_0.free_cancellation_hours,rp1_0.guarantee,rp1_0.no_show_fee,rp1_0.no_show_fee_percent,rp1_0.sort_order,rp1_0.version from rate_plan rp1_0 order by rp1_0.sort_order,rp1_0.code;
select in1_0.room_type_id,in1_0.night,in1_0.sellable,in1_0.sold from inventory_night in1_0 where in1_0.night>=:arrival and in1_0.night<:departure order by in1_0.room_type_id,in1_0.night;
select rr1_0.rate_plan_id,rr1_0.room_type_id,rr1_0.night,rr1_0.amount,rr1_0.currency from room_rate rr1_0 where rr1_0.night>=:arrival and rr1_0.night<:departure;
select sr1_0.rate_plan_id,sr1_0.room_type_id,sr1_0.night,sr1_0.min_stay,sr1_0.max_stay,sr1_0.closed_to_arrival,sr1_0.closed_to_departure,sr1_0.stop_sell from stay_restriction sr1_0 where sr1_0.night>=:arrival and sr1_0.night<=:departure;
commit;
