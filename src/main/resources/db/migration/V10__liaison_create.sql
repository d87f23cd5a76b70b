-- Police liaison (issue 9). The moderator's intelligence summary and 3x5x2 grading for police,
-- sealed (AES-GCM) like the report's other text, and deleted with the report.
alter table report add column intel_sealed bytea;

-- What each liaison officer opened, exported or asked to contact, by report reference only (never
-- content): their own access history, and who must hear of a withdrawal. Kept after erasure, like
-- the audit log, because a reference identifies no one.
create sequence liaison_access_seq start with 1 increment by 50;
create table liaison_access (
    id         bigint       primary key,
    staff_id   bigint       not null references staff_account (id) on delete cascade,
    username   varchar(64)  not null,
    reference  varchar(16)  not null,
    kind       varchar(16)  not null,
    at         timestamptz  not null
);
create index liaison_access_staff_idx on liaison_access (staff_id, at);
create index liaison_access_reference_idx on liaison_access (reference);

-- "Consent was withdrawn for reference X: delete local copies." The reference only; created to the
-- minute, because the reporter's withdrawal sets it off.
create sequence liaison_notice_seq start with 1 increment by 50;
create table liaison_notice (
    id               bigint       primary key,
    staff_id         bigint       not null references staff_account (id) on delete cascade,
    username         varchar(64)  not null,
    reference        varchar(16)  not null,
    reason           varchar(24)  not null,
    created_at       timestamptz  not null,
    acknowledged_at  timestamptz
);
create index liaison_notice_staff_idx on liaison_notice (staff_id, acknowledged_at);

-- The "contacted" mark a liaison officer sets on a record whose reporter asked for police contact.
create table liaison_contact (
    reference     varchar(16)  primary key,
    staff_id      bigint       not null references staff_account (id) on delete cascade,
    username      varchar(64)  not null,
    contacted_at  timestamptz  not null
);
