-- The delivery outbox. An alert change writes one delivery_event in its own transaction; a fan-out
-- step expands it in batches to one delivery per matching subscriber; senders take due deliveries
-- with FOR UPDATE SKIP LOCKED. The unique key (alert, version, subscriber) makes a second delivery
-- of the same alert version to the same subscriber impossible.
create sequence delivery_event_seq start with 1 increment by 50;

create table delivery_event (
    id                 bigint       primary key,
    alert_id           bigint       not null references alert (id) on delete cascade,
    alert_version      integer      not null,
    kind               varchar(16)  not null,
    created_at         timestamptz  not null,
    cursor_subscriber  bigint       not null default 0,
    fanned_out_at      timestamptz,
    unique (alert_id, alert_version)
);
create index delivery_event_pending_idx on delivery_event (id) where fanned_out_at is null;

create table delivery (
    id               bigserial    primary key,
    event_id         bigint       not null references delivery_event (id) on delete cascade,
    alert_id         bigint       not null references alert (id) on delete cascade,
    alert_version    integer      not null,
    kind             varchar(16)  not null,
    subscriber_id    bigint       not null references subscriber (id) on delete cascade,
    digest           boolean      not null,
    status           varchar(16)  not null,
    attempts         integer      not null default 0,
    next_attempt_at  timestamptz  not null,
    queued_at        timestamptz  not null,
    sent_at          timestamptz,
    last_error       varchar(120),
    unique (alert_id, alert_version, subscriber_id)
);
create index delivery_due_idx on delivery (next_attempt_at, subscriber_id) where status = 'QUEUED';
create index delivery_status_idx on delivery (status, id);
create index delivery_subscriber_idx on delivery (subscriber_id);
