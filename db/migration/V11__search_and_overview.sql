-- Search across reports, sections and council comments, with or without Vietnamese diacritics, in PostgreSQL itself:
-- unaccent folds "Thu ngân sách" and "thu ngan sach" to the same words, a full-text index finds them, pg_trgm finds
-- report titles that are only nearly typed right. Both extensions are trusted (no superuser needed) and ship with
-- PostgreSQL's contrib, the embedded binaries included.
create extension if not exists unaccent with schema public;
create extension if not exists pg_trgm with schema public;

-- The words of a text as search compares them: without diacritics (đ → d), lower case, every run of anything that is
-- not a letter or digit one space ("1263/BC-UBND" → "1263 bc ubnd"). Immutable, which unaccent() itself is not
-- (its rules file could change), so that indexes may use it; the search module splits a query the same way.
create function search_words(text) returns text
    language sql immutable strict parallel safe
    return btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '[^a-z0-9]+', ' ',
                                'g'));

-- A title (weight A) and a text (weight B) as one searchable document.
create function search_document(title text, body text) returns tsvector
    language sql immutable parallel safe
    return setweight(to_tsvector('simple'::regconfig, coalesce(search_words(title), '')), 'A')
        || setweight(to_tsvector('simple'::regconfig, coalesce(search_words(body), '')), 'B');

-- A report's own entry: its title (trích yếu) and its number as printed ("05/BC-UBND") and bare ("5"), and its opening.
create function search_report_document(summary text, number integer, symbol text, opening text) returns tsvector
    language sql immutable parallel safe
    return search_document(summary, concat_ws(' ', lpad(number::text, 2, '0') || '/' || symbol, number::text, opening));

-- What search looks in: one entry per report (its title, number and opening), per section (title and text) and per
-- council comment, kept current by the triggers below. The report's unit, kind, status and period are copied here so
-- that the reader's rights and the filters are checked without a join; the text itself stays where it is.
create table search_entry (
    id            bigint generated always as identity primary key,
    report_id     bigint      not null references report (id) on delete cascade,
    section_id    bigint references report_section (id) on delete cascade,
    comment_id    bigint references review_comment (id) on delete cascade,
    unit_id       bigint      not null,
    kind_id       bigint      not null,
    status        varchar(16) not null,
    period_start  date        not null,
    document      tsvector    not null,
    constraint search_entry_one_source check (section_id is null or comment_id is null)
);
create unique index search_entry_report_uq on search_entry (report_id) where section_id is null and comment_id is null;
create unique index search_entry_section_uq on search_entry (section_id) where section_id is not null;
create unique index search_entry_comment_uq on search_entry (comment_id) where comment_id is not null;
create index search_entry_report_idx on search_entry (report_id);
create index search_entry_document_idx on search_entry using gin (document);
-- The newest entries first: a query whose words are in many entries reads them newest first and stops early.
create index search_entry_recent_idx on search_entry (period_start desc, id desc);
create index search_entry_unit_idx on search_entry (unit_id);

-- Near misses of a report's title ("ngan sach" typed "ngan sahc"): trigram similarity on the folded title.
create index report_summary_trgm_idx on report using gin (search_words(summary) gin_trgm_ops);
-- A report by its number ("1263", "1263/BC-UBND").
create index report_number_idx on report (number) where number is not null;
-- The period overview: the reports of a kind and period in a set of units.
create index report_kind_period_idx on report (kind_id, period_year, unit_id);

create function search_report_changed() returns trigger
    language plpgsql as $$
begin
    insert into search_entry (report_id, unit_id, kind_id, status, period_start, document)
    values (new.id, new.unit_id, new.kind_id, new.status, new.period_start,
            search_report_document(new.summary, new.number, new.symbol, new.opening))
    on conflict (report_id) where section_id is null and comment_id is null
        do update set document = excluded.document;
    if tg_op = 'UPDATE' and (new.status is distinct from old.status or new.period_start is distinct from old.period_start
            or new.unit_id is distinct from old.unit_id or new.kind_id is distinct from old.kind_id) then
        update search_entry
        set status = new.status, period_start = new.period_start, unit_id = new.unit_id, kind_id = new.kind_id
        where report_id = new.id;
    end if;
    return null;
end $$;

create trigger search_report after insert or update of summary, opening, number, symbol, status,
    period_start, unit_id, kind_id on report
    for each row execute function search_report_changed();

create function search_section_changed() returns trigger
    language plpgsql as $$
begin
    insert into search_entry (report_id, section_id, unit_id, kind_id, status, period_start, document)
    select r.id, new.id, r.unit_id, r.kind_id, r.status, r.period_start, search_document(new.title, new.body)
    from report r where r.id = new.report_id
    on conflict (section_id) where section_id is not null
        do update set document = excluded.document;
    return null;
end $$;

create trigger search_section after insert or update of title, body on report_section
    for each row execute function search_section_changed();

create function search_comment_changed() returns trigger
    language plpgsql as $$
begin
    insert into search_entry (report_id, comment_id, unit_id, kind_id, status, period_start, document)
    select r.id, new.id, r.unit_id, r.kind_id, r.status, r.period_start, search_document(null, new.body)
    from review_thread t join report r on r.id = t.report_id where t.id = new.thread_id
    on conflict (comment_id) where comment_id is not null
        do update set document = excluded.document;
    return null;
end $$;

create trigger search_comment after insert or update of body on review_comment
    for each row execute function search_comment_changed();

-- What is already there.
insert into search_entry (report_id, unit_id, kind_id, status, period_start, document)
select id, unit_id, kind_id, status, period_start,
       search_report_document(summary, number, symbol, opening)
from report;
insert into search_entry (report_id, section_id, unit_id, kind_id, status, period_start, document)
select r.id, s.id, r.unit_id, r.kind_id, r.status, r.period_start, search_document(s.title, s.body)
from report_section s join report r on r.id = s.report_id;
insert into search_entry (report_id, comment_id, unit_id, kind_id, status, period_start, document)
select r.id, c.id, r.unit_id, r.kind_id, r.status, r.period_start, search_document(null, c.body)
from review_comment c join review_thread t on t.id = c.thread_id join report r on r.id = t.report_id;
