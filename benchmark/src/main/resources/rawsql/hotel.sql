-- The hotel as the server read it for every booking until it took it from the reference data held in memory
-- (ReferenceData): the raw driver reads it once, when it connects, as the server reads it once per setup
-- number. Grammar: see search.sql and org.innkeeper.benchmark.RawSqlScript.
-- @row hotel
select h1_0.id,h1_0.address,h1_0.audit_hour,h1_0.business_date,h1_0.currency,h1_0.guest_retention_days,h1_0.legal_name,h1_0.name,h1_0.check_in_hour,h1_0.check_out_hour,h1_0.no_show_hour,h1_0.option_max_days,h1_0.sale_horizon_days,h1_0.waitlist_offer_hours,h1_0.city_tax_children_exempt,h1_0.city_tax_amount,h1_0.vat_included,h1_0.vat_percent,h1_0.time_zone,h1_0.vat_id from hotel h1_0 where h1_0.id=:hotel_id;
commit;
