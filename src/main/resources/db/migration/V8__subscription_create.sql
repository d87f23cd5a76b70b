-- Subscribers: workers who receive alerts by email. No account, no IP address, no user agent; the
-- email is sealed (AES-GCM) with a keyed hash for look-up, tokens are kept only as keyed hashes,
-- and every time a subscriber sets off is kept to the minute.
create sequence subscriber_seq start with 1 increment by 50;

create table subscriber (
    id                      bigint       primary key,
    email_sealed            bytea        not null,
    email_hash              bytea        not null unique,
    status                  varchar(24)  not null,
    min_severity            varchar(16)  not null,
    language                varchar(2)   not null,
    cadence                 varchar(16)  not null,
    discreet                boolean      not null,
    note_sealed             bytea,
    confirm_token_hash      bytea        unique,
    confirm_expires_at      timestamptz,
    manage_token_hash       bytea        unique,
    unsubscribe_token_hash  bytea        unique,
    token_generation        bigint       not null,
    created_at              timestamptz  not null,
    confirmed_at            timestamptz
);
create index subscriber_status_idx on subscriber (status, id);
create index subscriber_confirm_expiry_idx on subscriber (confirm_expires_at) where confirm_expires_at is not null;

create table subscriber_area (
    subscriber_id  bigint      not null references subscriber (id) on delete cascade,
    area_id        varchar(64) not null references area (id),
    primary key (subscriber_id, area_id)
);
create index subscriber_area_area_idx on subscriber_area (area_id, subscriber_id);

create table subscriber_category (
    subscriber_id  bigint      not null references subscriber (id) on delete cascade,
    category       varchar(32) not null,
    primary key (subscriber_id, category)
);
