-- Anonymous reports. Columns ending in _sealed hold AES-GCM ciphertext (key outside the database);
-- *_hash columns hold HMAC-SHA256 under a server secret. No address, user agent or account is stored.
create sequence report_seq start with 1 increment by 50;
create sequence report_identifier_seq start with 1 increment by 50;
create sequence report_incident_seq start with 1 increment by 50;
create sequence report_message_seq start with 1 increment by 50;

create table report (
    id                          bigint       primary key,
    reference                   varchar(16)  not null unique,
    receipt_hash                bytea        not null unique,
    status                      varchar(16)  not null,
    risk_level                  varchar(16)  not null,
    occurred_on                 date         not null,
    occurred_from               time,
    occurred_to                 time,
    area                        varchar(64)  not null references area (id),
    setting                     varchar(16)  not null,
    account_sealed              bytea        not null,
    location_sealed             bytea,
    description_sealed          bytea,
    risk_sealed                 bytea,
    contact_sealed              bytea,
    consent_alert_others        boolean      not null,
    consent_police_intel        boolean      not null,
    consent_police_contact_me   boolean      not null,
    consent_support_contact_me  boolean      not null,
    consent_research            boolean      not null,
    language                    varchar(8)   not null,
    submitted_at                timestamptz  not null,
    updated_at                  timestamptz  not null
);
create index report_queue_idx on report (status, risk_level, submitted_at);

create table report_category (
    report_id  bigint      not null references report (id) on delete cascade,
    category   varchar(32) not null,
    primary key (report_id, category)
);

create table report_identifier (
    id            bigint      primary key,
    report_id     bigint      not null references report (id) on delete cascade,
    type          varchar(16) not null,
    value_sealed  bytea       not null,
    value_hash    bytea       not null
);
create index report_identifier_report_idx on report_identifier (report_id);
create index report_identifier_hash_idx on report_identifier (value_hash);

create table report_incident (
    id              bigint      primary key,
    report_id       bigint      not null references report (id) on delete cascade,
    details_sealed  bytea       not null,
    added_at        timestamptz not null
);
create index report_incident_report_idx on report_incident (report_id);

create table report_message (
    id           bigint      primary key,
    report_id    bigint      not null references report (id) on delete cascade,
    author       varchar(16) not null,
    body_sealed  bytea       not null,
    sent_at      timestamptz not null
);
create index report_message_report_idx on report_message (report_id);
