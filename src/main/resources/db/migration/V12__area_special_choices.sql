-- The report form's choices for reporters whose place fits no listed area: "don't know", "online only"
-- and "outside the listed areas" (labelled per language by the pages). A fresh install gets them from
-- its seed file; an install whose areas were seeded before this version gets them here, listed first.
insert into area (id, name, active, sort_order)
select v.id, v.name, true, v.sort_order
from (values ('unknown', 'Area not known', -3), ('online', 'Online only', -2), ('elsewhere', 'Outside the listed areas', -1))
         as v(id, name, sort_order)
where exists (select 1 from area)
on conflict (id) do nothing;
