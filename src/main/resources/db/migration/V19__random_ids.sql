-- Rows a reporter or subscriber creates get random ids (assigned by the application), not sequence
-- ids: an id no longer tells in which order, or near which staff row, a row was made. A report's
-- identifiers, incidents and messages keep their order within the report in their own column.
alter table report_identifier add column ordinal integer;
alter table report_incident add column ordinal integer;
alter table report_message add column ordinal integer;

update report_identifier t set ordinal = o.n
  from (select id, row_number() over (partition by report_id order by id) - 1 as n from report_identifier) o
  where o.id = t.id;
update report_incident t set ordinal = o.n
  from (select id, row_number() over (partition by report_id order by id) - 1 as n from report_incident) o
  where o.id = t.id;
update report_message t set ordinal = o.n
  from (select id, row_number() over (partition by report_id order by id) - 1 as n from report_message) o
  where o.id = t.id;

alter table report_identifier alter column ordinal set not null;
alter table report_incident alter column ordinal set not null;
alter table report_message alter column ordinal set not null;

drop sequence report_seq;
drop sequence report_identifier_seq;
drop sequence report_incident_seq;
drop sequence report_message_seq;
drop sequence alert_version_seq;
drop sequence subscriber_seq;
