-- The audit chain keyed, anchored and split from what a reporter sets off (audit/AuditLog).
--  * From here on each entry's hash is HMAC-SHA256 under a key outside the database, over a
--    length-prefixed encoding of every column (AuditChain). Entries written before this version
--    keep their unkeyed hashes: the row below marks where the keyed chain starts (the application
--    signs it on its first start; until then, and for the entries before it, verify checks nothing).
--  * audit_anchor: signed starting points for verify (that upgrade mark, and the last hash of a
--    prefix the retention job dropped). Append-only like audit_entry.
--  * audit_pending: entries a reporter set off, held until their minute is over and then appended
--    to the chain in random order, so their place in the chain says nothing finer than the minute.
--  * audit_report_key: one random pseudonym key per report; audit targets naming a report hold
--    HMAC(key, reference), and erasing the report deletes its key (audit_report_forgotten).
create table audit_anchor (
    id         bigint       generated always as identity primary key,
    kind       varchar(16)  not null,
    after_id   bigint       not null,
    prev_hash  bytea        not null,
    dropped    bigint       not null default 0,
    at         timestamptz  not null,
    mac        bytea
);

insert into audit_anchor (kind, after_id, prev_hash, at)
select 'upgrade', e.id, e.hash, now() from audit_entry e order by e.id desc limit 1;

create trigger audit_anchor_no_change before update or delete on audit_anchor
    for each row execute function audit_entry_append_only();
create trigger audit_anchor_no_truncate before truncate on audit_anchor
    for each statement execute function audit_entry_append_only();

create table audit_pending (
    id       uuid         primary key,
    at       timestamptz  not null,
    actor    varchar(100) not null,
    action   varchar(40)  not null,
    target   varchar(200),
    details  text         not null
);
create index audit_pending_at_idx on audit_pending (at);

create table audit_report_key (
    reference_hash  bytea  primary key,
    pseudonym_key   bytea  not null
);

-- Erased reports, by the keyed hash of their reference (HMAC under the server's key, never the
-- reference): an entry written about one after its erasure gets a key that is stored nowhere.
create table audit_report_forgotten (
    reference_hash  bytea  primary key
);

-- Retention may drop the oldest entries, and only through this function: a prefix of the chain
-- (every entry before the first one at or after the cutoff), at most p_limit of them. It answers the
-- last dropped entry's id and hash, which the application then signs as an anchor. It runs as the
-- owner of the table; the application's own role has no DELETE on audit_entry.
create or replace function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_entry'
            and current_setting('uglymugs.audit_drop', true) = 'on' then
        return old;
    end if;
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$;

create function audit_drop_prefix(p_cutoff timestamptz, p_limit integer)
    returns table (last_id bigint, last_hash bytea, dropped bigint)
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    v_stop bigint;
begin
    select min(e.id) into v_stop from audit_entry e where e.at >= p_cutoff;
    if v_stop is null then
        select coalesce(max(e.id), 0) + 1 into v_stop from audit_entry e;
    end if;
    select max(x.id), count(*) into last_id, dropped
        from (select e.id from audit_entry e where e.id < v_stop order by e.id limit p_limit) x;
    if dropped = 0 then
        return next;
        return;
    end if;
    select e.hash into last_hash from audit_entry e where e.id = last_id;
    perform set_config('uglymugs.audit_drop', 'on', true);
    delete from audit_entry e where e.id <= last_id;
    perform set_config('uglymugs.audit_drop', 'off', true);
    return next;
end
$$;

-- With a migration owner separate from the application's role (deploy/postgres.sh), the application
-- gets what it needs and no more: every table as before, but only SELECT and INSERT on the audit
-- chain and its anchors, so it can neither change them nor disable their triggers (not the owner).
do $$
declare
    app text := '${app_role}';
begin
    if app <> '' and app <> current_user then
        execute format('grant usage on schema public to %I', app);
        execute format('grant select, insert, update, delete on all tables in schema public to %I', app);
        execute format('grant usage, select on all sequences in schema public to %I', app);
        execute format('revoke update, delete, truncate on audit_entry, audit_anchor from %I', app);
        execute format('revoke insert, update, delete, truncate on flyway_schema_history from %I', app);
        execute format('alter default privileges grant select, insert, update, delete on tables to %I', app);
        execute format('alter default privileges grant usage, select on sequences to %I', app);
        execute format('grant execute on function audit_drop_prefix(timestamptz, integer) to %I', app);
    end if;
end
$$;
