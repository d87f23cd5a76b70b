-- Every sealed value is now bound to its table, column and row (AES-GCM associated data), each
-- report's fields are sealed under a data key of its own (report_key, wrapped by the master key),
-- the incident's date and time window are sealed, and staff rows carry a MAC under a key outside the
-- database. Values sealed by an earlier version cannot be re-sealed here (the keys never reach the
-- database), so this step refuses a database that already holds sealed data.
do $$
begin
  if exists (select 1 from report) or exists (select 1 from staff_account) or exists (select 1 from subscriber)
     or exists (select 1 from alert) or exists (select 1 from report_note) or exists (select 1 from confirmation_mail) then
    raise exception 'V24 changes how every sealed value is stored and cannot convert existing rows: '
      'start this version on an empty database (see README, "Keys and what they seal")';
  end if;
end $$;

-- Crypto-shredding: one wrapped data key per report; deleting the report deletes its key. The main
-- backup (deploy/backup.sh) leaves this table's rows out and writes them to a short-lived file of
-- their own.
create table report_key (
    report_id    bigint primary key references report (id) on delete cascade,
    key_wrapped  bytea  not null
);

-- The incident's date and time window: a quasi-identifier, sealed and shown only.
alter table report add column occurred_sealed bytea not null;
alter table report drop column occurred_on;
alter table report drop column occurred_from;
alter table report drop column occurred_to;

-- StaffRowMac: MAC of id, username, password hash, roles, TOTP enrolment and secret, disabled.
alter table staff_account add column row_mac bytea;
