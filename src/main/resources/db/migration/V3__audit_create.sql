-- Append-only, hash-chained audit log. Each entry's hash is SHA-256(previous hash || its own content),
-- so any change to a past entry breaks the chain (GET /api/v1/admin/audit/verify finds it).
-- The triggers refuse UPDATE, DELETE and TRUNCATE, whoever asks; production can go further by
-- granting the application role only INSERT and SELECT on this table (README, "Hardening").
create sequence audit_entry_seq start with 1 increment by 1;

create table audit_entry (
    id         bigint       primary key,
    at         timestamptz  not null,
    actor      varchar(100) not null,
    action     varchar(40)  not null,
    target     varchar(200),
    details    text         not null,
    prev_hash  bytea        not null,
    hash       bytea        not null
);
create index audit_entry_at_idx on audit_entry (at);
create index audit_entry_action_idx on audit_entry (action);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_target_idx on audit_entry (target);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end
$$;

create trigger audit_entry_no_change before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_append_only();
