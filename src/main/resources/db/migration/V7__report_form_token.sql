-- One-time tokens of the /report form, so a browser resubmitting the same form (Back, Reload) does
-- not file the report twice. Only a keyed hash and the day are kept, nothing links a token to a
-- report, and rows are purged after two days.
create table report_form_token (
    token_hash  bytea primary key,
    used_on     date  not null
);
