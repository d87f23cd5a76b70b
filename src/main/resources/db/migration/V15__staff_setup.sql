-- Staff 2FA independent of the admin: no live TOTP secret until the owner confirms one; a pending
-- secret is drawn per enrolment session (only that session may see it); the first login and every
-- reset force a password change, within a set-up window; repeated enrolment logins are counted.
alter table staff_account alter column totp_sealed drop not null;
alter table staff_account add column totp_pending_sealed bytea;
alter table staff_account add column totp_pending_session bigint;
alter table staff_account add column password_change_required boolean not null default false;
alter table staff_account add column setup_expires_at timestamptz;
alter table staff_account add column enrolment_logins integer not null default 0;
