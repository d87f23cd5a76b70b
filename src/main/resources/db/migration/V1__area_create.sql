-- Areas a report can be about and a subscriber can follow (seeded on first start, then managed by admins).
create table area (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    active      boolean      not null default true,
    sort_order  integer      not null default 0
);
