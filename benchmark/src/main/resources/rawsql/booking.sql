-- One booking, POST /api/v1/reservations with an Idempotency-Key, for a guest not known yet, as the
-- server sent it to PostgreSQL (captured with log_statement = 'all', see docs/benchmarks.md "REST
-- against raw SQL"). Grammar: see search.sql and org.innkeeper.benchmark.RawSqlScript. Sequences are
-- fetched as Hibernate's pooled optimizer does (one nextval per 50 ids), so no nextval line shows
-- for them; revision_seq (allocation 1) is fetched on every booking, as in the log.

-- The API key: the channels are held in memory (ReferenceData; the driver reads its channel once, when
-- it connects), so only the setup number is read.
-- The server reads it outside a transaction (auto-commit, one round trip); the driver commits after it
-- (the next statement must begin a transaction of its own), so here the raw side does a little more.
select version from setup_version where id = 1;
commit;

-- The booking: the key looked up and claimed (in the booking's own transaction), the stay
-- priced, the inventory taken (the conditional UPDATE must change one row per night, else the booking is refused like a 409), the reservation, its nights,
-- the confirmation mail in the outbox, the key's answer, and the audit revision.
select ir1_0.id,ir1_0.channel,ir1_0.created_at,ir1_0.idempotency_key,ir1_0.location,ir1_0.request_hash,ir1_0.response_body,ir1_0.status from idempotency_record ir1_0 where ir1_0.channel=:channel.code and ir1_0.idempotency_key=:idempotency_key;
-- @id idempotency idempotency_record_seq
insert into idempotency_record (channel,created_at,idempotency_key,location,request_hash,response_body,status,id) values (:channel.code,:now,:idempotency_key,:null,:request_hash,:null,:null,:idempotency.id);
-- The hotel is held in memory too (ReferenceData; the driver reads it once, when it connects: hotel.sql):
-- the setup number again, in the booking's transaction.
select version from setup_version where id = 1;
-- @row room_type
select rt1_0.id,rt1_0.code,rt1_0.max_occupancy,rt1_0.name,rt1_0.overbooking_limit,rt1_0.sort_order,rt1_0.standard_occupancy from room_type rt1_0 where rt1_0.code=:room_type;
-- @row rate_plan
select rp1_0.id,rp1_0.active,rp1_0.adjustment_percent,rp1_0.breakfast_included,rp1_0.child_amount,rp1_0.code,rp1_0.description,rp1_0.extra_adult_amount,rp1_0.name,rp1_0.parent_id,rp1_0.cancellation_fee,rp1_0.cancellation_fee_percent,rp1_0.deposit_percent,rp1_0.free_cancellation_hours,rp1_0.guarantee,rp1_0.no_show_fee,rp1_0.no_show_fee_percent,rp1_0.sort_order,rp1_0.version from rate_plan rp1_0 where rp1_0.code=:rate_plan;
-- @row guest
select g1_0.id,g1_0.alert,g1_0.allergies,g1_0.birth_date,g1_0.changed_at,g1_0.changed_by,g1_0.created_at,g1_0.document_number,g1_0.document_type,g1_0.email,g1_0.first_name,g1_0.language,g1_0.last_name,g1_0.loyalty_tier,g1_0.merged_at,g1_0.merged_into_id,g1_0.nationality,g1_0.notes,g1_0.phone,g1_0.pillow,g1_0.preference_note,g1_0.preferred_floor,g1_0.search_full_name,g1_0.search_last_name,g1_0.search_phone,g1_0.version,g1_0.vip_level from guest g1_0 where g1_0.email=:email order by g1_0.id fetch first :guest_limit rows only;
-- The prices of the plan's price source (its parent for a derived plan such as NRF: :price_source).
-- The driver prices the rates (net, VAT and city tax per night, the totals) as soon as it has them.
-- @rows rates
select rr1_0.id,rr1_0.night,rr1_0.amount,rr1_0.currency,rr1_0.rate_plan_id,rr1_0.room_type_id from room_rate rr1_0 where rr1_0.rate_plan_id=:price_source and rr1_0.room_type_id=:room_type.id and rr1_0.night>=:arrival and rr1_0.night<:departure;
select sr1_0.night,sr1_0.min_stay,sr1_0.max_stay,sr1_0.closed_to_arrival,sr1_0.closed_to_departure,sr1_0.stop_sell from stay_restriction sr1_0 where sr1_0.rate_plan_id=:rate_plan.id and sr1_0.room_type_id=:room_type.id and sr1_0.night>=:arrival and sr1_0.night<=:departure;
-- @expect nights
update inventory_night in1_0 set sold=(in1_0.sold+:one) where in1_0.room_type_id=:room_type.id and in1_0.night>=:arrival and in1_0.night<:departure and (in1_0.sold+:one)<=in1_0.sellable;
-- @create guest guest_seq
insert into guest (alert,allergies,birth_date,changed_at,changed_by,created_at,document_number,document_type,email,first_name,language,last_name,loyalty_tier,merged_at,merged_into_id,nationality,notes,phone,pillow,preference_note,preferred_floor,search_full_name,search_last_name,search_phone,version,vip_level,id) values (:null,:null,:null,:null,:null,:now,:null,:null,:email,:first_name,:null,:last_name,:loyalty_tier,:null,:null,:null,:null,:null,:null,:null,:null,:search_full_name,:search_last_name,:null,:zero,:zero,:guest.id);
-- @id reservation reservation_seq
insert into reservation (adults,assigned_by,birth_date,booked_room_type_id,booking_reference,breakfast_included,cancelled_at,change_seq,channel,checked_in_at,checked_in_by,checked_in_on,checked_out_at,checked_out_by,children,city_tax_amount,confirmation_number,created_at,deposit_amount,deposit_kind,early_check_in,end_reason,eta,cancellation_fee_amount,guarantee_card_last4,guest_id,guest_email,guest_first_name,guest_last_name,guest_phone,guest_search_full_name,guest_search_last_name,house_use,document_number,document_type,keys_issued,modified_at,nationality,option_expires_at,cancellation_fee,cancellation_fee_percent,deposit_percent,free_cancellation_hours,guarantee,no_show_fee,no_show_fee_percent,queued_at,rate_plan_id,room_id,room_amount,room_type_id,source,status,arrival,departure,total_amount,total_currency,vat_amount,version,id) values (:adults,:null,:null,:null,:null,:rate_plan.breakfast_included,:null,:null,:channel.code,:null,:null,:null,:null,:null,:zero,:city_tax_amount,:confirmation_number,:now,:null,:null,:false,:null,:null,:null,:card_last4,:guest.id,:email,:first_name,:last_name,:null,:search_full_name,:search_last_name,:false,:null,:null,:zero,:now,:null,:null,:rate_plan.cancellation_fee,:rate_plan.cancellation_fee_percent,:rate_plan.deposit_percent,:rate_plan.free_cancellation_hours,:rate_plan.guarantee,:rate_plan.no_show_fee,:rate_plan.no_show_fee_percent,:null,:rate_plan.id,:null,:room_amount,:room_type.id,:source,:status,:arrival,:departure,:total_amount,:hotel.currency,:vat_amount,:zero,:reservation.id);
-- @id outbox outbox_message_seq
insert into outbox_message (attachment_content,attachment_content_type,attachment_name,attempts,body,confirmation_number,created_at,created_by,kind,last_attempt_at,last_error,recipient,sent_at,status,subject,id) values (:null,:null,:null,:zero,:mail_body,:confirmation_number,:now,:actor,:mail_kind,:null,:null,:email,:null,:mail_status,:mail_subject,:outbox.id);
-- @each rates
insert into reservation_night (reservation_id,city_tax,night,amount,currency,vat) values (:reservation.id,:rates.city_tax,:rates.night,:rates.net,:rates.currency,:rates.vat);
update idempotency_record set channel=:channel.code,created_at=:now,idempotency_key=:idempotency_key,location=:location,request_hash=:request_hash,response_body=:response_body,status=:created where id=:idempotency.id;
-- @row revision
select nextval('revision_seq');
insert into revision (actor,at_ms,id) values (:actor,:now_ms,:revision.nextval);
insert into reservation_aud (adults,assigned_by,birth_date,booked_room_type_id,booking_reference,breakfast_included,cancelled_at,channel,checked_in_at,checked_in_by,checked_in_on,checked_out_at,checked_out_by,children,city_tax_amount,confirmation_number,created_at,deposit_amount,deposit_kind,early_check_in,end_reason,eta,cancellation_fee_amount,guarantee_card_last4,guest_email,guest_first_name,guest_last_name,guest_phone,guest_search_full_name,guest_search_last_name,guest_id,house_use,document_number,document_type,keys_issued,modified_at,nationality,option_expires_at,cancellation_fee,cancellation_fee_percent,deposit_percent,free_cancellation_hours,guarantee,no_show_fee,no_show_fee_percent,queued_at,rate_plan_id,rev_type,room_amount,room_type_id,room_id,source,status,arrival,departure,total_amount,total_currency,vat_amount,id,rev) values (:adults,:null,:null,:null,:null,:rate_plan.breakfast_included,:null,:channel.code,:null,:null,:null,:null,:null,:zero,:city_tax_amount,:confirmation_number,:now,:null,:null,:false,:null,:null,:null,:card_last4,:email,:first_name,:last_name,:null,:search_full_name,:search_last_name,:guest.id,:false,:null,:null,:zero,:now,:null,:null,:rate_plan.cancellation_fee,:rate_plan.cancellation_fee_percent,:rate_plan.deposit_percent,:rate_plan.free_cancellation_hours,:rate_plan.guarantee,:rate_plan.no_show_fee,:rate_plan.no_show_fee_percent,:null,:rate_plan.id,:zero,:room_amount,:room_type.id,:null,:source,:status,:arrival,:departure,:total_amount,:hotel.currency,:vat_amount,:reservation.id,:revision.nextval);
commit;
