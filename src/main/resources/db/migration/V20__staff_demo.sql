-- Demo accounts (dev profile only, published passwords) are marked, so a production start can refuse
-- to run while one exists.
alter table staff_account add column demo boolean not null default false;
