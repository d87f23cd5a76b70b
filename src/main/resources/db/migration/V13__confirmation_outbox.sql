-- Confirmation mails wait here until sent, so neither a burst of requests nor an SMTP outage loses
-- one. The link's token is sealed with the application's key; the row is deleted once the mail has
-- gone, or when the link expires. One row per subscriber: a new request replaces a waiting one
-- (its link would no longer work anyway).
create table confirmation_mail (
    subscriber_id       bigint       primary key references subscriber (id) on delete cascade,
    token_sealed        bytea        not null,
    language            varchar(8)   not null,
    already_subscribed  boolean      not null,
    attempts            integer      not null default 0,
    next_attempt_at     timestamptz  not null,
    expires_at          timestamptz  not null,
    last_error          varchar(120)
);
create index confirmation_mail_due_idx on confirmation_mail (next_attempt_at);
