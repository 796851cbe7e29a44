-- The portal's application role, set up after every migration (system.database.ApplicationRole), as the user Flyway
-- migrates as (the owner of the tables). The portal's connections switch to this role (SET ROLE), which has the usual
-- rights on every table but only SELECT and INSERT on the tables that are written once (the audit trail, the
-- workflow's history and register, submitted versions, issued documents and their certificates). Run again at each
-- start, so that the tables of later migrations are granted too, and a role that a database administrator creates
-- later is put to use.
-- ${application_role} and ${flyway_table} are replaced before it runs.
do $$
declare
    app_role    text := '${application_role}';
    schema_name text := current_schema();
    may_set     boolean;
    append_only text;
begin
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
    -- (a role that may sign in is the one the portal signs in as: it needs its rights, not a membership)
    may_set := case when current_setting('server_version_num')::int >= 160000
                    then pg_has_role(current_user, app_role, 'set')
                    else pg_has_role(current_user, app_role, 'member') end
               or exists (select 1 from pg_roles where rolname = app_role and rolcanlogin);
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
    -- what is written once and never changed: the audit trail, the workflow's history, the register, the submitted
    -- versions, the issued documents and the certificates they were signed with
    foreach append_only in array array['audit_event', 'report_transition', 'register_entry', 'report_version',
            'issued_document', 'signing_certificate'] loop
        if to_regclass(append_only) is not null then
            execute format('revoke update, delete, truncate, references, trigger on %I from %I', append_only, app_role);
        end if;
    end loop;
    execute format('revoke all on %I from %I', '${flyway_table}', app_role);
    -- tables and sequences created later by this same user, outside a migration too
    execute format('alter default privileges in schema %I grant select, insert, update, delete on tables to %I',
        schema_name, app_role);
    execute format('alter default privileges in schema %I grant usage, select on sequences to %I',
        schema_name, app_role);
end
$$;
