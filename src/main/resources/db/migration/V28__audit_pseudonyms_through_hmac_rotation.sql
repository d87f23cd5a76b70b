-- Audit pseudonym keys through an HMAC key rotation (audit/ReportPseudonyms). A report's row in
-- audit_report_key is found by the keyed hash of its reference, and its pseudonyms were derived
-- from the HMAC key as well: once that key was retired, the report's old entries and its new ones
-- no longer shared a pseudonym. Now each row also keeps, sealed under the AES key bound to the row:
--  * secret_sealed: the derived pseudonym key itself, so a pseudonym no longer needs the HMAC key
--    it was first made under (and the database alone still cannot test a reference against the log);
--  * reference_sealed: the report's reference, so HMAC key rotation can re-hash reference_hash.
-- Both go with the row when the report is erased. hmac_key_id: the HMAC key reference_hash is under
-- (null: from before; stamped at start-up while one HMAC key is configured). Rows from before learn
-- their reference at start-up from the live reports (report/ReferencesForAudit); a row no live report
-- claims named none and is deleted then.
alter table audit_report_key add column id bigint generated always as identity;
alter table audit_report_key add constraint audit_report_key_id_key unique (id);
alter table audit_report_key add column hmac_key_id varchar(16);
alter table audit_report_key add column secret_sealed bytea;
alter table audit_report_key add column reference_sealed bytea;
