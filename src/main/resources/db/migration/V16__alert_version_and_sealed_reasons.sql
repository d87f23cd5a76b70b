-- Alerts get an optimistic-lock version of their own (alert.version counts published versions): a
-- moderator's update racing a reporter's consent withdrawal answers 409, never a 500.
alter table alert add column lock_version bigint not null default 0;

-- Retraction reasons are moderator free text: sealed like every other staff text (FieldCipher, AES-GCM).
-- The clear columns stay only for rows written before this version; the application seals them at
-- start-up and empties the clear column (alert.RetractionReasons).
alter table alert add column retraction_reason_sealed bytea;
alter table alert_version add column reason_sealed bytea;
