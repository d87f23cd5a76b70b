-- Staff accounts (moderators, police liaison officers, admins), their sessions and scopes.
-- Passwords are bcrypt hashes; TOTP secrets are sealed with AES-GCM; session tokens are stored as keyed hashes.
create sequence staff_account_seq start with 1 increment by 50;
create sequence staff_session_seq start with 1 increment by 50;

create table staff_account (
    id               bigint       primary key,
    username         varchar(64)  not null,
    password_hash    varchar(100) not null,
    totp_sealed      bytea        not null,
    totp_enrolled    boolean      not null default false,
    totp_last_step   bigint       not null default 0,
    disabled         boolean      not null default false,
    failed_logins    integer      not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz  not null,
    last_login_at    timestamptz
);
create unique index staff_account_username_idx on staff_account (lower(username));

create table staff_role (
    staff_id  bigint      not null references staff_account (id) on delete cascade,
    role      varchar(32) not null,
    primary key (staff_id, role)
);

create table staff_area (
    staff_id  bigint      not null references staff_account (id) on delete cascade,
    area_id   varchar(64) not null references area (id),
    primary key (staff_id, area_id)
);

create table staff_session (
    id            bigint      primary key,
    staff_id      bigint      not null references staff_account (id) on delete cascade,
    token_hash    bytea       not null unique,
    kind          varchar(16) not null,
    created_at    timestamptz not null,
    last_seen_at  timestamptz not null,
    expires_at    timestamptz not null
);
create index staff_session_staff_idx on staff_session (staff_id);
