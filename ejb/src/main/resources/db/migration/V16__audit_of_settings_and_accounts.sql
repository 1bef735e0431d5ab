-- The audit trail (V13) keeps every audited column: the hotel's settings (V15) and the staff accounts'
-- state (V12) came beside it, so their history tables get those columns too.
alter table hotel_aud add column check_out_hour integer;
alter table hotel_aud add column no_show_hour integer;
alter table hotel_aud add column option_max_days integer;
alter table hotel_aud add column waitlist_offer_hours integer;
alter table hotel_aud add column sale_horizon_days integer;
alter table hotel_aud add column city_tax_children_exempt boolean;

alter table staff_user_aud add column active boolean;
alter table staff_user_aud add column must_change_password boolean;
alter table staff_user_aud add column changed_by varchar(40);
alter table staff_user_aud add column changed_at timestamp with time zone;
