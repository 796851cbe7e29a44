-- Versions: each submission of a report kept as it was submitted (header, sections with their printed numbers,
-- closing, indicator figures), numbered 1, 2, … per report. The content is JSON; content_sha256 is the SHA-256 of
-- its canonical text (content::text, UTF-8), computed by the database when the row is written.
create table report_version (
    id                 bigint generated always as identity primary key,
    report_id          bigint       not null references report (id),
    number             integer      not null check (number >= 1),
    submitted_at       timestamptz  not null,
    submitted_by       bigint       not null references account (id),
    submitted_by_name  varchar(200) not null,
    content            jsonb        not null,
    content_sha256     char(64)     not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    constraint report_version_number unique (report_id, number)
);

-- A version is never changed or removed, whatever writes to the database.
create function report_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'report_version is append-only: % refused', tg_op
        using errcode = 'integrity_constraint_violation';
end;
$$;

create trigger report_version_no_update_or_delete
    before update or delete on report_version
    for each row execute function report_version_immutable();

create trigger report_version_no_truncate
    before truncate on report_version
    for each statement execute function report_version_immutable();
