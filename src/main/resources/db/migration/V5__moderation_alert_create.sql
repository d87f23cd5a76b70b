-- Moderation: internal notes (never shown to reporters or police) and who is working on a report.
create sequence report_note_seq start with 1 increment by 50;

create table report_note (
    id           bigint      primary key,
    report_id    bigint      not null references report (id) on delete cascade,
    author       varchar(64) not null,
    body_sealed  bytea       not null,
    written_at   timestamptz not null
);
create index report_note_report_idx on report_note (report_id);

create table report_claim (
    report_id   bigint      primary key references report (id) on delete cascade,
    claimed_by  varchar(64) not null,
    claimed_at  timestamptz not null
);

-- Alerts: the redacted warning published from a report, with every version kept.
create sequence alert_seq start with 1 increment by 50;
create sequence alert_version_seq start with 1 increment by 50;

create table alert (
    id                 bigint      primary key,
    report_id          bigint      not null references report (id) on delete cascade,
    status             varchar(16) not null,
    version            integer     not null,
    severity           varchar(16) not null,
    content_sealed     bytea       not null,
    issued_at          timestamptz not null,
    updated_at         timestamptz not null,
    retracted_at       timestamptz,
    retraction_reason  varchar(500)
);
create index alert_report_idx on alert (report_id);
create index alert_status_idx on alert (status);

create table alert_area (
    alert_id  bigint      not null references alert (id) on delete cascade,
    area_id   varchar(64) not null references area (id),
    primary key (alert_id, area_id)
);

create table alert_category (
    alert_id  bigint      not null references alert (id) on delete cascade,
    category  varchar(32) not null,
    primary key (alert_id, category)
);

-- Keyed hashes of the identifiers an alert publishes, for the subscribers' check.
create table alert_identifier (
    alert_id    bigint      not null references alert (id) on delete cascade,
    type        varchar(16) not null,
    value_hash  bytea       not null,
    primary key (alert_id, value_hash)
);
create index alert_identifier_hash_idx on alert_identifier (value_hash);

create table alert_version (
    id              bigint       primary key,
    alert_id        bigint       not null references alert (id) on delete cascade,
    version         integer      not null,
    status          varchar(16)  not null,
    severity        varchar(16)  not null,
    content_sealed  bytea        not null,
    areas           varchar(2000) not null,
    categories      varchar(1000) not null,
    actor           varchar(64)  not null,
    reason          varchar(500),
    created_at      timestamptz  not null,
    unique (alert_id, version)
);
