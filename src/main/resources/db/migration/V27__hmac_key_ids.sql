-- HMAC key rotation: which HMAC key (its fingerprint, 8 hex digits, never the key) a stored keyed hash
-- was made under, so the admins can see how many rows still need an old key before it is retired.
-- Null: made before this column existed, under the key configured then. At start-up, while only one
-- HMAC key is configured, the service stamps such rows with that key's fingerprint (HmacStamp); with
-- previous keys configured it cannot know which, so nulls count as "unrecorded" until re-hashed.
alter table report add column receipt_key_id varchar(16);
alter table report add column identifiers_key_id varchar(16);
alter table alert add column identifiers_key_id varchar(16);
-- Subscribers: the HMAC key of their four keyed hashes (address, confirmation, manage and unsubscribe
-- links), and the manage and unsubscribe tokens themselves, sealed under the AES key bound to the row.
-- Those tokens used to be derived from the HMAC key every time a mail was written; kept sealed, the
-- links in mails already sent stay the same through an HMAC key rotation and their hashes can be
-- re-hashed. Rows from before are sealed at start-up (LinkTokens: derived once, under the key that made them).
alter table subscriber add column hashes_key_id varchar(16);
alter table subscriber add column manage_token_sealed bytea;
alter table subscriber add column unsubscribe_token_sealed bytea;
-- The audit chain's anchor where the chain key changed with the HMAC key: kind "hmac-key:<old>><new>"
-- (26 characters). Widening a varchar rewrites no row and fires no trigger.
alter table audit_anchor alter column kind type varchar(40);
