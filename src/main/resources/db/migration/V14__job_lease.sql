-- Jobs that must run once per cluster, not once per instance: an instance runs one only after
-- winning its row (a lease: the update succeeds for one instance per period), and records the
-- last run's outcome (counts only) for the admins.
create table job_lease (
    name         varchar(64)   primary key,
    started_at   timestamptz   not null,
    finished_at  timestamptz,
    holder       varchar(64)   not null,
    outcome      varchar(2000)
);
