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

-- The application's role. Flyway migrates as the configured user (the owner of the tables); the portal's own
-- connections then switch to this role (SET ROLE, see system.database.ApplicationRole), which has the usual rights
-- on every table, now and in later migrations, but only SELECT and INSERT on audit_event. The role is created here
-- when the migrating user may create roles; otherwise a database administrator creates it beforehand (README,
-- "Running against an existing PostgreSQL"), or the portal runs as the configured user and says so in its log.
do $$
declare
    app_role    text := '${application_role}';
    schema_name text := current_schema();
    may_set     boolean;
begin
    if app_role = '' then
        raise notice 'portal.database.application-role is empty: no application role';
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = app_role) then
        if exists (select 1 from pg_roles where rolname = current_user and (rolsuper or rolcreaterole)) then
            execute format('create role %I nologin', app_role);
        else
            raise warning 'role % does not exist and % may not create roles: the portal will run as %',
                app_role, current_user, current_user;
            return;
        end if;
    end if;
    -- PostgreSQL 16 and later tell membership from the right to SET ROLE (the creator of a role has only the first)
    may_set := case when current_setting('server_version_num')::int >= 160000
                    then pg_has_role(current_user, app_role, 'set')
                    else pg_has_role(current_user, app_role, 'member') end;
    if not may_set then
        begin
            execute format('grant %I to %I', app_role, current_user);
        exception when insufficient_privilege or invalid_grant_operation then
            raise warning 'could not grant role % to %: %', app_role, current_user, sqlerrm;
        end;
    end if;
    execute format('grant usage on schema %I to %I', schema_name, app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', schema_name, app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', schema_name, app_role);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app_role);
    execute format('revoke all on %I from %I', '${flyway:table}', app_role);
    -- tables and sequences that later migrations create (as this same user)
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
        schema_name, app_role);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
        schema_name, app_role);
end
$$;
