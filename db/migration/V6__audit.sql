-- The audit trail: who did what, when, to which unit, report and section. Append-only and chained by hash: each
-- row's hash is SHA-256 over its fields and the previous row's hash (see audit.internal.AuditChain), so a row that is
-- altered or removed is detected. Ids are consecutive from 1, given under the append lock (never from a sequence, so
-- a rolled-back append leaves no gap); a missing id means a removed row.
create table audit_event (
    id                bigint       primary key check (id >= 1),
    occurred_at       timestamptz  not null,
    actor_account_id  bigint,
    actor_name        varchar(200),
    action            varchar(100) not null,
    unit_id           bigint,
    report_id         bigint,
    section_id        bigint,
    detail            text,
    prev_hash         char(64)     not null unique check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash              char(64)     not null unique check (hash ~ '^[0-9a-f]{64}$')
);
-- No foreign keys: the trail outlives the sections, reports and accounts it speaks of.
create index audit_event_unit_idx on audit_event (unit_id, id);
create index audit_event_report_idx on audit_event (report_id, id);

-- Defence in depth: nobody updates, deletes or truncates the trail, whatever their privileges. "enable always" keeps
-- the triggers on in replication mode too; only the table's owner can switch them off (alter table … disable
-- trigger), and that is exactly what the chain then detects.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
alter table audit_event enable always trigger audit_event_no_change;
alter table audit_event enable always trigger audit_event_no_truncate;

-- The portal's own connections run as a restricted role that may only read and insert here: it is created and
-- granted its rights after every migration by system.database.ApplicationRole (db/application-role.sql).
