-- The check's in-memory index (alert/LiveIdentifierIndex) on every instance follows what live alerts
-- publish: any change to an alert, its identifier hashes or its areas, by whatever writes it (this
-- instance, another one, a rotation, retention, an erasure's cascade, SQL by hand), notifies
-- channel uglymugs_alerts with the alert's id, delivered when the change commits. The payload is an
-- id only, never a value.
create function alert_changed_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('uglymugs_alerts', (case when tg_op = 'DELETE' then old.id else new.id end)::text);
    return null;
end
$$;

-- The same for the rows hanging off an alert (its identifier hashes and areas).
create function alert_part_changed_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('uglymugs_alerts', (case when tg_op = 'DELETE' then old.alert_id else new.alert_id end)::text);
    return null;
end
$$;

create trigger alert_notify after insert or update or delete on alert
    for each row execute function alert_changed_notify();
create trigger alert_identifier_notify after insert or update or delete on alert_identifier
    for each row execute function alert_part_changed_notify();
create trigger alert_area_notify after insert or update or delete on alert_area
    for each row execute function alert_part_changed_notify();
-- A truncate (tests, a restore) says nothing per row: everything is read again.
create function alert_truncated_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('uglymugs_alerts', '*');
    return null;
end
$$;
create trigger alert_truncate_notify after truncate on alert
    for each statement execute function alert_truncated_notify();
create trigger alert_identifier_truncate_notify after truncate on alert_identifier
    for each statement execute function alert_truncated_notify();
