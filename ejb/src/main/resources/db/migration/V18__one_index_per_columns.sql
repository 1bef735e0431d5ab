-- One index per set of columns. H2 gives a foreign key an index of its own when the constraint is made before the
-- index meant for its columns (every such table's rows were written into both); dropping and adding the constraint
-- again lets H2 use the existing index. PostgreSQL makes no index for a foreign key: there this only checks the
-- constraint again. The guest's e-mail had two indexes on every database; the one for searches (V11) also serves
-- equality.
alter table complaint drop constraint complaint_reservation_fk;
alter table complaint add constraint complaint_reservation_fk foreign key (reservation_id) references reservation (id);
alter table guest_notification drop constraint guest_notification_reservation_fk;
alter table guest_notification add constraint guest_notification_reservation_fk foreign key (reservation_id) references reservation (id);
alter table guest_page_link drop constraint guest_page_link_reservation_fk;
alter table guest_page_link add constraint guest_page_link_reservation_fk foreign key (reservation_id) references reservation (id);
alter table guest_request drop constraint guest_request_reservation_fk;
alter table guest_request add constraint guest_request_reservation_fk foreign key (reservation_id) references reservation (id);
alter table invoice_line drop constraint invoice_line_posting_fk;
alter table invoice_line add constraint invoice_line_posting_fk foreign key (posting_id) references posting (id);
alter table ledger_entry drop constraint ledger_entry_company_fk;
alter table ledger_entry add constraint ledger_entry_company_fk foreign key (company_id) references company (id);
alter table ledger_entry drop constraint ledger_entry_invoice_fk;
alter table ledger_entry add constraint ledger_entry_invoice_fk foreign key (invoice_id) references invoice (id);
alter table night_audit_log drop constraint night_audit_log_audit_fk;
alter table night_audit_log add constraint night_audit_log_audit_fk foreign key (business_date) references night_audit (business_date);
alter table posting drop constraint posting_complaint_fk;
alter table posting add constraint posting_complaint_fk foreign key (complaint_id) references complaint (id);
alter table posting_aud drop constraint posting_aud_rev_fk;
alter table posting_aud add constraint posting_aud_rev_fk foreign key (rev) references revision (id);
alter table rate_plan_aud drop constraint rate_plan_aud_rev_fk;
alter table rate_plan_aud add constraint rate_plan_aud_rev_fk foreign key (rev) references revision (id);
alter table request_event drop constraint request_event_request_fk;
alter table request_event add constraint request_event_request_fk foreign key (request_id) references guest_request (id);
alter table reservation_aud drop constraint reservation_aud_rev_fk;
alter table reservation_aud add constraint reservation_aud_rev_fk foreign key (rev) references revision (id);
alter table room_aud drop constraint room_aud_rev_fk;
alter table room_aud add constraint room_aud_rev_fk foreign key (rev) references revision (id);
alter table room_move drop constraint room_move_reservation_fk;
alter table room_move add constraint room_move_reservation_fk foreign key (reservation_id) references reservation (id);
alter table room_night drop constraint room_night_reservation_fk;
alter table room_night add constraint room_night_reservation_fk foreign key (reservation_id) references reservation (id);
alter table room_rate_aud drop constraint room_rate_aud_rev_fk;
alter table room_rate_aud add constraint room_rate_aud_rev_fk foreign key (rev) references revision (id);
alter table staff_role_aud drop constraint staff_role_aud_rev_fk;
alter table staff_role_aud add constraint staff_role_aud_rev_fk foreign key (rev) references revision (id);
alter table stay_event drop constraint stay_event_reservation_fk;
alter table stay_event add constraint stay_event_reservation_fk foreign key (reservation_id) references reservation (id);
alter table stay_restriction_aud drop constraint stay_restriction_aud_rev_fk;
alter table stay_restriction_aud add constraint stay_restriction_aud_rev_fk foreign key (rev) references revision (id);
drop index guest_email_idx;
