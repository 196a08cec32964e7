#include "Schema.h"

namespace cinereg::Schema {

namespace {
// Version 1: the register's core. Uniqueness and checks are in the schema too, so that no
// program bug can store a duplicate ICE or a decision without its reason.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE counters (
            name  TEXT PRIMARY KEY,
            value INTEGER NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE companies (
            id                INTEGER PRIMARY KEY,
            name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
            name_ar           TEXT,
            legal_form        TEXT NOT NULL,
            rc_number         TEXT NOT NULL,
            rc_court          TEXT NOT NULL,
            rc_court_key      TEXT NOT NULL,
            ice               TEXT NOT NULL UNIQUE
                              CHECK (length(ice) = 15 AND ice NOT GLOB '*[^0-9]*'),
            ice_key_confirmed INTEGER NOT NULL DEFAULT 0,
            tax_id            TEXT,
            cnss              TEXT,
            capital           INTEGER CHECK (capital IS NULL OR capital >= 0),
            address           TEXT NOT NULL,
            city              TEXT NOT NULL,
            manager           TEXT,
            manager_id        TEXT,
            email             TEXT,
            phone             TEXT,
            sort_key          TEXT NOT NULL,
            created_at        TEXT NOT NULL,
            created_by        TEXT NOT NULL,
            UNIQUE (rc_number, rc_court_key)))"),
        QStringLiteral("CREATE INDEX companies_by_sort_key ON companies (sort_key, id)"),
        QStringLiteral("CREATE INDEX companies_by_city ON companies (city COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX companies_by_name_ar ON companies (name_ar, id)"),
        QStringLiteral(R"(CREATE TABLE memberships (
            company_id INTEGER NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
            body       TEXT NOT NULL,
            since      TEXT,
            PRIMARY KEY (company_id, body)))"),
        QStringLiteral("CREATE INDEX memberships_by_body ON memberships (body)"),
        QStringLiteral(R"(CREATE TABLE rights (
            id         INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES companies (id),
            kind       TEXT NOT NULL CHECK (kind IN ('authorization', 'national', 'international')),
            number     TEXT NOT NULL UNIQUE,
            valid_from TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX rights_by_company ON rights (company_id, kind)"),
        QStringLiteral("CREATE INDEX rights_by_kind ON rights (kind, valid_from)"),
        QStringLiteral(R"(CREATE TABLE decisions (
            id             INTEGER PRIMARY KEY,
            right_id       INTEGER NOT NULL REFERENCES rights (id),
            type           TEXT NOT NULL
                           CHECK (type IN ('grant', 'renew', 'suspend', 'reinstate', 'revoke')),
            effective_date TEXT NOT NULL,
            reference      TEXT NOT NULL,
            decision_date  TEXT NOT NULL,
            reason         TEXT,
            valid_until    TEXT,
            entered_by     TEXT NOT NULL,
            entered_at     TEXT NOT NULL,
            CHECK (type NOT IN ('suspend', 'revoke') OR length(trim(reason)) > 0),
            CHECK (type <> 'renew' OR valid_until IS NOT NULL),
            CHECK (type NOT IN ('grant', 'renew') OR length(trim(reference)) > 0)))"),
        QStringLiteral("CREATE INDEX decisions_by_right ON decisions (right_id)"),
        // The history is append-only: corrections are new decisions.
        QStringLiteral(R"(CREATE TRIGGER decisions_are_never_edited BEFORE UPDATE ON decisions
            BEGIN SELECT RAISE(ABORT, 'decisions are never edited'); END)"),
        QStringLiteral(R"(CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions
            BEGIN SELECT RAISE(ABORT, 'decisions are never deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE productions (
            id               INTEGER PRIMARY KEY,
            title            TEXT NOT NULL CHECK (length(trim(title)) > 0),
            kind             TEXT NOT NULL CHECK (kind IN ('national', 'foreign')),
            executor_id      INTEGER NOT NULL REFERENCES companies (id),
            shoot_from       TEXT NOT NULL,
            shoot_to         TEXT NOT NULL CHECK (shoot_to >= shoot_from),
            foreign_producer TEXT,
            country          TEXT,
            mandate          TEXT,
            shooting_permit  TEXT,
            created_by       TEXT NOT NULL,
            created_at       TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE INDEX productions_by_executor ON productions (executor_id, shoot_to)"),
        QStringLiteral(R"(CREATE TABLE audit (
            id        INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            user      TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id INTEGER,
            action    TEXT NOT NULL,
            details   TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX audit_by_entity ON audit (entity, entity_id)"),
        QStringLiteral(R"(CREATE TRIGGER audit_is_never_edited BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        QStringLiteral(R"(CREATE TRIGGER audit_is_never_deleted BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"),
        // Substring search on folded names, ICE and RC (trigram index, SQLite >= 3.34).
        QStringLiteral(
            "CREATE VIRTUAL TABLE company_search USING fts5(text, tokenize = 'trigram')"),
        // Words of one or two letters match the start of a word (a trigram needs three).
        QStringLiteral("CREATE VIRTUAL TABLE company_words USING fts5(text, tokenize = "
                       "'unicode61', prefix = '1 2')"),
    };
}

// Version 3: the certificate register. Public signing keys stay in the register for ever, so a
// certificate signed by a retired key is still verifiable; issued certificates are never edited.
QStringList certificates()
{
    return {
        QStringLiteral(R"(CREATE TABLE signing_keys (
            key_id     TEXT PRIMARY KEY,
            public_key BLOB NOT NULL CHECK (length(public_key) = 32),
            added_at   TEXT NOT NULL,
            added_by   TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE certificates (
            id               INTEGER PRIMARY KEY,
            number           TEXT NOT NULL UNIQUE,
            accreditation_id INTEGER NOT NULL REFERENCES rights (id),
            issued_on        TEXT NOT NULL,
            issued_at        TEXT NOT NULL,
            issued_by        TEXT NOT NULL,
            content_key      TEXT NOT NULL,
            fingerprint      TEXT NOT NULL,
            key_id           TEXT NOT NULL REFERENCES signing_keys (key_id),
            code             TEXT NOT NULL UNIQUE,
            content          TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX certificates_by_accreditation ON certificates "
                       "(accreditation_id, content_key)"),
        QStringLiteral(R"(CREATE TABLE certificate_prints (
            id             INTEGER PRIMARY KEY,
            certificate_id INTEGER NOT NULL REFERENCES certificates (id),
            printed_at     TEXT NOT NULL,
            printed_by     TEXT NOT NULL,
            duplicate      INTEGER NOT NULL CHECK (duplicate IN (0, 1))))"),
        QStringLiteral("CREATE INDEX prints_by_certificate ON certificate_prints (certificate_id)"),
        QStringLiteral(R"(CREATE TRIGGER certificates_are_never_edited BEFORE UPDATE ON certificates
            BEGIN SELECT RAISE(ABORT, 'issued certificates are never edited'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER certificates_are_never_deleted BEFORE DELETE ON certificates
            BEGIN SELECT RAISE(ABORT, 'issued certificates are never deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER signing_keys_are_never_edited BEFORE UPDATE ON signing_keys
            BEGIN SELECT RAISE(ABORT, 'public signing keys are never edited'); END)"),
    };
}

// Version 4: each certificate's index in the published status list (in the manner of the W3C
// Bitstring Status List's statusListIndex). A table of its own, filled by a trigger, because
// issued certificates are never edited; existing certificates get indexes in order of issue.
QStringList statusListIndexes()
{
    return {
        QStringLiteral(R"(CREATE TABLE certificate_status_index (
            certificate_id INTEGER PRIMARY KEY REFERENCES certificates (id),
            status_index   INTEGER NOT NULL UNIQUE CHECK (status_index >= 0)))"),
        QStringLiteral("INSERT INTO certificate_status_index (certificate_id, status_index) "
                       "SELECT id, row_number() OVER (ORDER BY id) - 1 FROM certificates"),
        QStringLiteral(
            R"(CREATE TRIGGER certificates_get_a_status_index AFTER INSERT ON certificates
            BEGIN INSERT INTO certificate_status_index (certificate_id, status_index)
                  VALUES (NEW.id, (SELECT coalesce(max(status_index) + 1, 0)
                                   FROM certificate_status_index)); END)"),
        QStringLiteral(R"(CREATE TRIGGER status_indexes_are_never_edited
            BEFORE UPDATE ON certificate_status_index
            BEGIN SELECT RAISE(ABORT, 'status list indexes are never edited'); END)"),
        QStringLiteral(R"(CREATE TRIGGER status_indexes_are_never_deleted
            BEFORE DELETE ON certificate_status_index
            BEGIN SELECT RAISE(ABORT, 'status list indexes are never deleted'); END)"),
    };
}

// Version 2: applications (dossiers), their pieces and the scans attached to them. A decided or
// withdrawn dossier is final: the schema refuses to change it or its pieces, and nothing is ever
// deleted from a closed dossier. Scans are stored in the file itself (a backup keeps them) with
// their size and SHA-256, which `check` verifies.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE applications (
            id            INTEGER PRIMARY KEY,
            company_id    INTEGER NOT NULL REFERENCES companies (id),
            kind          TEXT NOT NULL CHECK (kind IN ('authorization', 'national', 'international')),
            renewal       INTEGER NOT NULL DEFAULT 0 CHECK (renewal IN (0, 1)),
            received      TEXT NOT NULL,
            receipt       TEXT NOT NULL UNIQUE CHECK (length(trim(receipt)) > 0),
            deadline      TEXT NOT NULL CHECK (deadline >= received),
            status        TEXT NOT NULL DEFAULT 'open'
                          CHECK (status IN ('open', 'granted', 'refused', 'withdrawn')),
            decision_ref  TEXT,
            decided_on    TEXT,
            reason        TEXT,
            right_id      INTEGER REFERENCES rights (id),
            created_by    TEXT NOT NULL,
            created_at    TEXT NOT NULL,
            CHECK (status <> 'refused' OR length(trim(reason)) > 0),
            CHECK (status <> 'granted' OR right_id IS NOT NULL),
            CHECK (status NOT IN ('granted', 'refused') OR length(trim(decision_ref)) > 0),
            CHECK (status = 'open' OR decided_on IS NOT NULL)))"),
        QStringLiteral("CREATE INDEX applications_by_company ON applications (company_id)"),
        QStringLiteral("CREATE INDEX applications_by_status ON applications (status, deadline)"),
        QStringLiteral(R"(CREATE TRIGGER applications_closed_are_final BEFORE UPDATE ON applications
            WHEN OLD.status <> 'open'
            BEGIN SELECT RAISE(ABORT, 'a decided or withdrawn application is final'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER applications_are_never_deleted BEFORE DELETE ON applications
            BEGIN SELECT RAISE(ABORT, 'applications are never deleted'); END)"),
        QStringLiteral(R"(CREATE TABLE application_pieces (
            id             INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications (id),
            kind           TEXT NOT NULL CHECK (kind IN ('statutes', 'registered-office',
                           'bank-capital', 'tax-regularity', 'cnss-regularity', 'manager-id',
                           'capital-proof', 'films')),
            dated          TEXT NOT NULL,
            entered_by     TEXT NOT NULL,
            entered_at     TEXT NOT NULL,
            UNIQUE (application_id, kind)))"),
        QStringLiteral(R"(CREATE TRIGGER pieces_of_closed_insert BEFORE INSERT ON application_pieces
            WHEN (SELECT status FROM applications WHERE id = NEW.application_id) <> 'open'
            BEGIN SELECT RAISE(ABORT, 'the application is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER pieces_of_closed_update BEFORE UPDATE ON application_pieces
            WHEN (SELECT status FROM applications WHERE id = OLD.application_id) <> 'open'
            BEGIN SELECT RAISE(ABORT, 'the application is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER pieces_of_closed_delete BEFORE DELETE ON application_pieces
            WHEN (SELECT status FROM applications WHERE id = OLD.application_id) <> 'open'
            BEGIN SELECT RAISE(ABORT, 'the application is closed'); END)"),
        QStringLiteral(R"(CREATE TABLE attachments (
            id         INTEGER PRIMARY KEY,
            piece_id   INTEGER NOT NULL UNIQUE REFERENCES application_pieces (id) ON DELETE CASCADE,
            name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
            size       INTEGER NOT NULL CHECK (size >= 0),
            sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
            data       BLOB NOT NULL,
            added_by   TEXT NOT NULL,
            added_at   TEXT NOT NULL,
            CHECK (size = length(data))))"),
        QStringLiteral(R"(CREATE TRIGGER attachments_of_closed_insert BEFORE INSERT ON attachments
            WHEN (SELECT a.status FROM applications a JOIN application_pieces p
                  ON p.application_id = a.id WHERE p.id = NEW.piece_id) <> 'open'
            BEGIN SELECT RAISE(ABORT, 'the application is closed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER attachments_are_never_edited BEFORE UPDATE ON attachments
            BEGIN SELECT RAISE(ABORT, 'attachments are never edited'); END)"),
        QStringLiteral(R"(CREATE TRIGGER attachments_of_closed_delete BEFORE DELETE ON attachments
            WHEN (SELECT a.status FROM applications a JOIN application_pieces p
                  ON p.application_id = a.id WHERE p.id = OLD.piece_id) <> 'open'
            BEGIN SELECT RAISE(ABORT, 'the application is closed'); END)"),
    };
}

// Version 5: standing periods, a table derived from the decisions (StandingStore), indexed so that
// eligibility and tier lists are range queries. Database::migrate fills it for existing rights.
QStringList standingPeriods()
{
    return {
        QStringLiteral(R"(CREATE TABLE standing_periods (
            company_id INTEGER NOT NULL REFERENCES companies(id),
            kind TEXT NOT NULL CHECK (kind IN ('authorization', 'national', 'international')),
            status TEXT NOT NULL,
            start_day TEXT NOT NULL,
            end_day TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX standing_by_kind ON standing_periods "
                       "(kind, status, start_day, end_day, company_id)"),
        QStringLiteral("CREATE INDEX standing_by_company ON standing_periods (company_id, "
                       "start_day)"),
    };
}

// Version 6: the register's seal (see RegisterSeal): the digest of every row that decides an
// outcome and the audit trail's head, written by each commit, optionally signed.
QStringList seal()
{
    return {
        QStringLiteral(R"(CREATE TABLE integrity_seal (
            id         INTEGER PRIMARY KEY CHECK (id = 1),
            state      TEXT NOT NULL,
            audit_id   INTEGER NOT NULL,
            audit_hash TEXT,
            key_id     TEXT,
            signature  TEXT))"),
    };
}
// Version 7: accounts and four eyes (DOMAIN.md, "Accounts, roles and four eyes"). Accounts are
// never deleted and keep their login; the first one is an admin. A proposal names its proposer
// and, once decided, its approver, never the same; a decided proposal is final. Once an account
// exists, a decision enters a right's history only from a pending proposal, entered by someone
// other than its proposer: a clerk with sqlite3 cannot slip a decision in on one person's word.
// Every statement may run again over a file that already has its object (a file whose version
// was set back by hand): IF NOT EXISTS, and Database::migrate skips a column already there.
QStringList accounts()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS accounts (
            id            INTEGER PRIMARY KEY,
            login         TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 2 AND 32
                          AND login NOT GLOB '*[^a-z0-9._-]*'),
            full_name     TEXT NOT NULL DEFAULT '',
            role          TEXT NOT NULL CHECK (role IN ('clerk', 'approver', 'auditor', 'admin')),
            active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
            password_hash TEXT NOT NULL CHECK (substr(password_hash, 1, 10) = '$argon2id$'),
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL))"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS accounts_are_never_deleted BEFORE DELETE ON accounts
            BEGIN SELECT RAISE(ABORT, 'accounts are never deleted'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS accounts_keep_their_login BEFORE UPDATE ON accounts
            WHEN NEW.login <> OLD.login OR NEW.created_at <> OLD.created_at
              OR NEW.created_by <> OLD.created_by
            BEGIN SELECT RAISE(ABORT, 'an account keeps its login'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS accounts_first_is_admin BEFORE INSERT ON accounts
            WHEN NEW.role <> 'admin' AND NOT EXISTS (SELECT 1 FROM accounts)
            BEGIN SELECT RAISE(ABORT, 'the first account must be an admin'); END)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS proposals (
            id          INTEGER PRIMARY KEY,
            kind        TEXT NOT NULL CHECK (kind IN ('grant', 'decision', 'application')),
            company_id  INTEGER NOT NULL REFERENCES companies (id),
            target_id   INTEGER,
            request     TEXT NOT NULL,
            status      TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'approved', 'rejected')),
            proposed_by TEXT NOT NULL REFERENCES accounts (login),
            proposed_at TEXT NOT NULL,
            decided_by  TEXT REFERENCES accounts (login),
            decided_at  TEXT,
            reason      TEXT,
            result_id   INTEGER,
            CHECK (decided_by IS NULL OR decided_by <> proposed_by),
            CHECK ((status = 'pending') = (decided_by IS NULL)),
            CHECK ((status = 'pending') = (decided_at IS NULL)),
            CHECK (status <> 'rejected' OR coalesce(length(trim(reason)), 0) > 0)))"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS proposals_by_status ON proposals (status, company_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS proposals_by_company ON proposals (company_id)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS proposals_decided_are_final BEFORE UPDATE ON proposals
            WHEN OLD.status <> 'pending'
            BEGIN SELECT RAISE(ABORT, 'a decided proposal is final'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS proposals_are_never_edited BEFORE UPDATE ON proposals
            WHEN NEW.kind <> OLD.kind OR NEW.company_id <> OLD.company_id
              OR NEW.target_id IS NOT OLD.target_id OR NEW.request <> OLD.request
              OR NEW.proposed_by <> OLD.proposed_by OR NEW.proposed_at <> OLD.proposed_at
            BEGIN SELECT RAISE(ABORT, 'a proposal is never edited'); END)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS proposals_are_never_deleted BEFORE DELETE ON proposals
            BEGIN SELECT RAISE(ABORT, 'proposals are never deleted'); END)"),
        QStringLiteral("ALTER TABLE decisions ADD COLUMN proposal_id INTEGER "
                       "REFERENCES proposals (id)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS decisions_need_four_eyes BEFORE INSERT ON decisions
            WHEN EXISTS (SELECT 1 FROM accounts) AND NOT EXISTS (SELECT 1 FROM proposals p
                 WHERE p.id = NEW.proposal_id AND p.status = 'pending'
                 AND p.proposed_by <> NEW.entered_by)
            BEGIN SELECT RAISE(ABORT, 'a decision needs a proposal approved by another account');
            END)"),
    };
}

// Version 8: the statistics' yearly counts (StatisticsStore), so that the figures read tens of
// rows instead of every decision, authorization and production: per calendar year, the decisions
// taking effect by type, the companies whose first authorization ever starts (`entrant`) and the
// productions whose shooting starts, by kind. Kept by triggers in the transaction of each write
// (decisions and rights are only ever added; productions may also be edited or removed), filled
// by Database::migrate from what the file holds, recomputed and compared by `check`. Only days
// written YYYY-MM-DD count, in the triggers as in the recomputation. The figures on a day read
// the years before the day's from here, and take off the day's year what takes effect after the
// day, through the two day indexes below (and rights_by_kind).
QStringList yearlyCounts()
{
    const QString isoDay = QStringLiteral("GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'");
    const QString add = QStringLiteral(
        "INSERT INTO yearly_counts (year, event, tally) SELECT CAST(substr(%1, 1, 4) AS "
        "INTEGER), %2, %3 WHERE %1 %4 ON CONFLICT (year, event) DO UPDATE SET tally = tally + "
        "excluded.tally;");
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS yearly_counts (
            year  INTEGER NOT NULL,
            event TEXT NOT NULL CHECK (event IN ('grant', 'renew', 'suspend', 'reinstate',
                  'revoke', 'entrant', 'national-production', 'foreign-production')),
            tally INTEGER NOT NULL,
            PRIMARY KEY (year, event)))"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS decisions_by_day ON decisions (effective_date, type)"),
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS productions_by_day ON productions (shoot_from, kind)"),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS decisions_counted_per_year AFTER INSERT ON "
                       "decisions BEGIN %1 END")
            .arg(add.arg(QStringLiteral("NEW.effective_date"), QStringLiteral("NEW.type"),
                         QStringLiteral("1"), isoDay)),
        // A company's first authorization: this one when the company has no other starting on
        // or before it; the one it displaces (if any) then no longer counts. `+kind`: through the
        // company's index (its few rights), never rights_by_kind, which SQLite otherwise walks
        // for min(valid_from), every authorization of the register for each one added.
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS rights_entrants_counted_per_year AFTER INSERT ON rights
            WHEN NEW.kind = 'authorization' AND NEW.valid_from %1
            BEGIN
                INSERT INTO yearly_counts (year, event, tally)
                SELECT CAST(substr(first, 1, 4) AS INTEGER), 'entrant', -1
                FROM (SELECT min(valid_from) AS first FROM rights WHERE company_id = NEW.company_id
                      AND +kind = 'authorization' AND id <> NEW.id AND valid_from %1)
                WHERE first > NEW.valid_from
                ON CONFLICT (year, event) DO UPDATE SET tally = tally + excluded.tally;
                INSERT INTO yearly_counts (year, event, tally)
                SELECT CAST(substr(NEW.valid_from, 1, 4) AS INTEGER), 'entrant', 1
                WHERE NOT EXISTS (SELECT 1 FROM rights WHERE company_id = NEW.company_id
                      AND +kind = 'authorization' AND id <> NEW.id AND valid_from %1
                      AND valid_from <= NEW.valid_from)
                ON CONFLICT (year, event) DO UPDATE SET tally = tally + excluded.tally;
            END)")
            .arg(isoDay),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS productions_counted_per_year AFTER INSERT ON "
                       "productions BEGIN %1 END")
            .arg(add.arg(QStringLiteral("NEW.shoot_from"),
                         QStringLiteral("NEW.kind || '-production'"), QStringLiteral("1"), isoDay)),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS productions_uncounted_per_year AFTER DELETE "
                       "ON productions BEGIN %1 END")
            .arg(add.arg(QStringLiteral("OLD.shoot_from"),
                         QStringLiteral("OLD.kind || '-production'"), QStringLiteral("-1"),
                         isoDay)),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS productions_recounted_per_year AFTER UPDATE "
                       "OF shoot_from, kind ON productions BEGIN %1 %2 END")
            .arg(add.arg(QStringLiteral("OLD.shoot_from"),
                         QStringLiteral("OLD.kind || '-production'"), QStringLiteral("-1"), isoDay),
                 add.arg(QStringLiteral("NEW.shoot_from"),
                         QStringLiteral("NEW.kind || '-production'"), QStringLiteral("1"), isoDay)),
    };
}
} // namespace

QStringList migrationTo(int step)
{
    switch (step) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return certificates();
    case 4:
        return statusListIndexes();
    case 5:
        return standingPeriods();
    case 6:
        return seal();
    case 7:
        return accounts();
    case 8:
        return yearlyCounts();
    case 9:
        return {}; // a server's step only (its own-password function): a file has no privileges
    default:
        return {};
    }
}

} // namespace cinereg::Schema
