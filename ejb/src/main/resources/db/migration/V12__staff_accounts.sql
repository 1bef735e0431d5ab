-- Staff accounts: deactivated instead of deleted (their name stays on what they did), a password set
-- by a manager (a new account, a reset) must be changed at the next login, and who changed the
-- account last and when.
alter table staff_user add column active boolean default true not null;
alter table staff_user add column must_change_password boolean default false not null;
alter table staff_user add column changed_by varchar(40);
alter table staff_user add column changed_at timestamp with time zone;
