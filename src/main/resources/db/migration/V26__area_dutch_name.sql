-- An area's name on the Dutch pages (null: the default name is shown). The pages speak English and Dutch,
-- so one optional column per other language; the seed file's "id;name;nl=Naam" and the admin form fill it.
alter table area add column name_nl varchar(200);
-- The three special choices of an English-seeded install (V12 or the UK file) get their Dutch names.
update area set name_nl = 'Regio onbekend' where id = 'unknown' and name = 'Area not known';
update area set name_nl = 'Alleen online' where id = 'online' and name = 'Online only';
update area set name_nl = 'Buiten de genoemde regio''s' where id = 'elsewhere' and name = 'Outside the listed areas';
