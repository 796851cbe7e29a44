-- Signing: the certificates the portal has signed with, the signed PDF of every issued report, and the keys of the
-- demo units. Issued documents and certificates are written once and never changed: triggers refuse UPDATE, DELETE
-- and TRUNCATE whatever role asks.

-- Every certificate a unit has signed with (its SHA-256 fingerprint, hex), kept so that a document signed with a
-- certificate that has since been replaced is still recognised as the portal's.
create table signing_certificate (
    sha256       char(64)     primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    unit_id      bigint       not null references unit (id),
    subject      text         not null,
    serial       varchar(100) not null,
    not_before   timestamptz  not null,
    not_after    timestamptz  not null,
    der          bytea        not null,
    first_used   timestamptz  not null default now()
);
create index signing_certificate_unit on signing_certificate (unit_id);

-- The signed PDF of an issued report, byte for byte as it was signed, with its SHA-256 (hex); written in the
-- issuing transaction.
create table issued_document (
    report_id            bigint       primary key references report (id),
    unit_id              bigint       not null references unit (id),
    number_and_symbol    varchar(60)  not null,
    pdf                  bytea        not null check (octet_length(pdf) > 0),
    sha256               char(64)     not null unique check (sha256 ~ '^[0-9a-f]{64}$'),
    signed_at            timestamptz  not null,
    signer_name          varchar(200) not null,
    signer_title         varchar(200) not null,
    certificate_sha256   char(64)     not null references signing_certificate (sha256),
    stored_at            timestamptz  not null default now()
);
create index issued_document_certificate on issued_document (certificate_sha256, signed_at);

create function signing_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% on % refused: signed documents and their certificates are never changed', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation';
end
$$;

create trigger issued_document_immutable before update or delete on issued_document
    for each row execute function signing_refuse_change();
create trigger issued_document_no_truncate before truncate on issued_document
    for each statement execute function signing_refuse_change();
create trigger signing_certificate_immutable before update or delete on signing_certificate
    for each row execute function signing_refuse_change();
create trigger signing_certificate_no_truncate before truncate on signing_certificate
    for each statement execute function signing_refuse_change();

-- Demo mode only: the self-signed key and certificate generated for a demo unit on the first start, reused after
-- every restart. Never used for a unit that has a configured keystore. Not secret: demo data.
create table signing_demo_key (
    unit_id      bigint       primary key references unit (id),
    private_key  bytea        not null,
    certificate  bytea        not null,
    created_at   timestamptz  not null default now()
);
