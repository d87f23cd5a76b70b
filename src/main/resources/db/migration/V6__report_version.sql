-- Optimistic locking: a reporter's consent change and a moderator's action on the same report can
-- no longer overwrite each other (the later writer gets a 409 and tries again).
alter table report add column version bigint not null default 0;
