// Raw edits of a register file behind the program's back (the 25 kinds of issue 10 and more):
// each must be named by `check`.
#include "../certificates/CertificateTestSupport.h"
#include "applications/ApplicationService.h"
#include "certificates/SigningKey.h"
#include "sample/RegisterGenerator.h"
#include "services/IntegrityService.h"
#include "services/ProductionService.h"
#include "store/Database.h"
#include "store/HeadSigner.h"
#include "store/Schema.h"

#include <functional>
#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

namespace {

const QString AllTriggersDropped = QStringLiteral(
    "SELECT 'DROP TRIGGER ' || name || ';' FROM sqlite_master WHERE type = 'trigger'");

// A raw connection, as sqlite3 or any SQLite tool would open the file.
class RawFile
{
public:
    explicit RawFile(const QString& path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawFile()
    {
        QSqlDatabase::database(Name).close();
        QSqlDatabase::removeDatabase(Name);
    }
    void exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(Name));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
    }
    QVariantList column(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(Name));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        QVariantList out;
        while (q.next())
            out.append(q.value(0));
        return out;
    }
    void dropAllTriggers() const
    {
        for (const QVariant& drop : column(AllTriggersDropped))
            exec(drop.toString());
    }
    // The audit chain's own formula, recomputed as an attacker who read the source would.
    static QString hashOf(const QSqlQuery& row, const QString& previous)
    {
        const QStringList parts{previous,
                                row.value(1).toString(),
                                row.value(2).toString(),
                                row.value(3).toString(),
                                QString::number(row.value(4).toLongLong()),
                                row.value(5).toString(),
                                row.value(6).toString()};
        return QString::fromLatin1(
            QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
                .toHex());
    }
    // Rewrites every audit entry from the first with recomputed hashes (changing entry 2's
    // user), then moves the seal's recorded head to the new last entry.
    void rewriteChain() const
    {
        exec(QStringLiteral("DROP TRIGGER audit_is_never_edited"));
        QSqlQuery q(QSqlDatabase::database(Name));
        q.exec(QStringLiteral("SELECT id, at, user, entity, entity_id, action, details FROM audit "
                              "ORDER BY id"));
        QString previous = QStringLiteral("cinereg-audit-v1");
        QStringList updates;
        while (q.next()) {
            const QString user =
                q.value(0).toInt() == 2 ? QStringLiteral("someone else") : q.value(2).toString();
            QStringList parts{previous,
                              q.value(1).toString(),
                              user,
                              q.value(3).toString(),
                              QString::number(q.value(4).toLongLong()),
                              q.value(5).toString(),
                              q.value(6).toString()};
            const QString hash =
                QString::fromLatin1(QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(),
                                                             QCryptographicHash::Sha256)
                                        .toHex());
            updates.append(QStringLiteral("UPDATE audit SET user = '%1', prev_hash = '%2', hash = "
                                          "'%3' WHERE id = %4")
                               .arg(user, previous, hash)
                               .arg(q.value(0).toLongLong()));
            previous = hash;
        }
        for (const QString& u : updates)
            exec(u);
        exec(QStringLiteral("UPDATE integrity_seal SET audit_hash = '%1'").arg(previous));
    }
    // A well-formed entry appended at the end of the chain, the seal moved to it.
    void appendAuditEntry() const
    {
        QSqlQuery last(QSqlDatabase::database(Name));
        last.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
        last.next();
        const qint64 id = last.value(0).toLongLong() + 1;
        const QString previous = last.value(1).toString();
        const QStringList parts{previous,
                                QStringLiteral("2026-11-26T10:00:00.000"),
                                QStringLiteral("clerk"),
                                QStringLiteral("company"),
                                QStringLiteral("1"),
                                QStringLiteral("change"),
                                QStringLiteral("{}")};
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        exec(QStringLiteral("INSERT INTO audit VALUES (%1, '2026-11-26T10:00:00.000', 'clerk', "
                            "'company', 1, 'change', '{}', '%2', '%3')")
                 .arg(id)
                 .arg(previous, hash));
        exec(QStringLiteral("UPDATE integrity_seal SET audit_id = %1, audit_hash = '%2'")
                 .arg(id)
                 .arg(hash));
    }

private:
    static inline const QString Name = QStringLiteral("raw-edit");
};

// One company with an authorization, a national accreditation (revoked after its certificate
// was issued and printed), a national production; a second company with an open dossier, a
// membership and an authorization; the register's key held by this account.
struct BusyRegister : CertifiedCompany
{
    qint64 second = 0;
    qint64 dossier = 0;
    BusyRegister()
    {
        EXPECT_TRUE(SigningKey::load(keyPath(QStringLiteral("key-a"))).ok());
        Company c = sampleCompany(2);
        Membership m;
        m.body = QStringLiteral("CNPF");
        c.memberships.append(m);
        second = t.reg().companies().add(c).value();
        EXPECT_TRUE(t.reg().rights().grant(second, {RightKind::Authorization,
                                                    QStringLiteral("D-9"),
                                                    QDate(2026, 1, 10),
                                                    QDate(2026, 1, 10),
                                                    {}}));
        issue(accreditation);
        Production p;
        p.title = QStringLiteral("Le sable");
        p.executorId = company;
        p.shootFrom = QDate(2026, 11, 28);
        p.shootTo = QDate(2026, 11, 30);
        EXPECT_TRUE(t.reg().productions().add(p).ok());
        NewApplication a;
        a.companyId = second;
        a.kind = RightKind::National;
        a.received = QDate(2026, 11, 20);
        const auto filed = ApplicationService(t.reg()).file(a);
        EXPECT_TRUE(filed.ok());
        dossier = filed.ok() ? filed.value().id : 0;
        EXPECT_TRUE(ApplicationService(t.reg())
                        .recordPiece(dossier, PieceKind::Statutes, QDate(2026, 11, 1))
                        .ok());
        decide(accreditation, DecisionType::Revoke, QDate(2026, 11, 25));
    }
};

class OwnKeySigner : public HeadSigner
{
public:
    explicit OwnKeySigner(SigningKey key) : m_key(std::move(key)) {}
    bool sign(const Database&, const QByteArray& message, QString* keyId,
              QByteArray* signature) const override
    {
        *keyId = m_key.keyId();
        *signature = m_key.sign(message);
        return true;
    }

private:
    SigningKey m_key;
};

struct RawEdit
{
    const char* kind;
    std::function<void(const RawFile&, BusyRegister&)> edit;
    const char* named; // a part of the finding that names what was changed
};

void PrintTo(const RawEdit& e, std::ostream* os)
{
    *os << e.kind;
}

QString sql(const char* text)
{
    return QString::fromUtf8(text);
}

std::function<void(const RawFile&, BusyRegister&)> statements(QStringList list)
{
    return [list](const RawFile& f, BusyRegister&) {
        for (const QString& s : list)
            f.exec(s);
    };
}

const RawEdit Edits[] = {
    {"triggers dropped, revocation and last audit entry deleted, capital changed",
     [](const RawFile& f, BusyRegister&) {
         f.dropAllTriggers();
         f.exec(sql("DELETE FROM decisions WHERE type = 'revoke'"));
         f.exec(sql("DELETE FROM audit WHERE id = (SELECT max(id) FROM audit)"));
         f.exec(sql("UPDATE companies SET capital = 500000 WHERE id = 2"));
     },
     "decisions"},
    {"whole audit chain rewritten with recomputed hashes",
     [](const RawFile& f, BusyRegister&) { f.rewriteChain(); }, "audit"},
    {"audit entry appended with a valid hash",
     [](const RawFile& f, BusyRegister&) { f.appendAuditEntry(); }, "seal"},
    {"valid_until changed",
     [](const RawFile& f, BusyRegister&) {
         f.exec(sql("DROP TRIGGER decisions_are_never_edited"));
         f.exec(sql("UPDATE decisions SET valid_until = '2035-01-31' WHERE valid_until IS NOT "
                    "NULL"));
     },
     "decisions"},
    {"renewal inserted",
     statements({sql("INSERT INTO decisions (right_id, type, effective_date, reference, "
                     "decision_date, valid_until, entered_by, entered_at) SELECT id, 'renew', "
                     "'2026-03-01', 'R-1', '2026-03-01', '2031-01-01', 'clerk', "
                     "'2026-03-01T10:00:00' FROM rights WHERE kind = 'authorization' LIMIT 1")}),
     "decisions"},
    {"company name changed",
     statements({sql("UPDATE companies SET name = 'Other Films' WHERE id = 1")}), "companies"},
    {"accreditation moved to another company",
     statements({sql("UPDATE rights SET company_id = 2 WHERE kind = 'national'")}), "rights"},
    {"accreditation made up",
     statements({sql("INSERT INTO rights (company_id, kind, number, valid_from) VALUES (2, "
                     "'international', 'AEI-2026-0099', '2026-02-01')"),
                 sql("INSERT INTO decisions (right_id, type, effective_date, reference, "
                     "decision_date, entered_by, entered_at) VALUES (last_insert_rowid(), "
                     "'grant', '2026-02-01', 'X', '2026-02-01', 'clerk', '2026-02-01T10:00')")}),
     "rights"},
    {"public key inserted",
     statements({sql("INSERT INTO signing_keys VALUES ('deadbeef', zeroblob(32), "
                     "'2026-01-01T00:00:00', 'mallory')")}),
     "signing_keys"},
    {"capital thresholds set to 0",
     statements({sql("INSERT OR REPLACE INTO settings VALUES ('capital_thresholds', "
                     "'{\"v\":{\"national\":0,\"international\":0}}')")}),
     "settings"},
    {"print records deleted", statements({sql("DELETE FROM certificate_prints")}),
     "certificate_prints"},
    {"open dossier's dates edited",
     statements({sql("UPDATE applications SET received = '2026-01-02', deadline = '2027-01-01' "
                     "WHERE status = 'open'")}),
     "applications"},
    {"dossier piece removed", statements({sql("DELETE FROM application_pieces")}),
     "application_pieces"},
    {"membership made up",
     statements({sql("INSERT INTO memberships (company_id, body) VALUES (1, 'CNPF')")}),
     "memberships"},
    {"production's executor changed", statements({sql("UPDATE productions SET executor_id = 2")}),
     "productions"},
    {"numbering counter set back", statements({sql("UPDATE counters SET value = 0")}), "counters"},
    {"issued certificate deleted",
     statements({sql("DROP TRIGGER certificates_are_never_deleted"),
                 sql("DELETE FROM certificate_prints"), sql("DELETE FROM certificates")}),
     "certificates"},
    {"seal deleted", statements({sql("DELETE FROM integrity_seal")}), "seal"},
    {"protective trigger rewritten to do nothing",
     statements({sql("DROP TRIGGER decisions_are_never_deleted"),
                 sql("CREATE TRIGGER decisions_are_never_deleted BEFORE DELETE ON decisions "
                     "WHEN 0 BEGIN SELECT RAISE(ABORT, 'no'); END")}),
     "decisions_are_never_deleted"},
    {"trigger added",
     statements({sql("CREATE TRIGGER hide AFTER INSERT ON companies BEGIN "
                     "DELETE FROM memberships WHERE 0; END")}),
     "hide"},
    {"index dropped", statements({sql("DROP INDEX decisions_by_right")}), "decisions_by_right"},
    {"seal's digest recomputed by a program without the register's key",
     [](const RawFile&, BusyRegister& b) {
         Database attacker(b.t.path()); // the program's own code, but no signing key
         Transaction tx(attacker);
         attacker.run(QStringLiteral("UPDATE companies SET capital = 1 WHERE id = 2"));
         tx.commit();
     },
     "not signed"},
    {"seal re-signed with a key inserted into the register",
     [](const RawFile&, BusyRegister& b) {
         // An account with a key of its own adds its public half and signs the seal with it.
         const QString path = b.keyPath(QStringLiteral("mallory.key"));
         const SigningKey mallory = SigningKey::create(path).value();
         Database attacker(b.t.path(), std::make_shared<OwnKeySigner>(mallory));
         Transaction tx(attacker);
         attacker.run(QStringLiteral("INSERT INTO signing_keys VALUES (?, ?, "
                                     "'2026-01-01T00:00:00', 'mallory')"),
                      {mallory.keyId(), mallory.publicKey()});
         attacker.run(QStringLiteral("UPDATE companies SET capital = 1 WHERE id = 2"));
         tx.commit();
     },
     "not by the register's signing key"},
};

class RawEditTest : public ::testing::TestWithParam<RawEdit>
{
};

TEST_P(RawEditTest, CheckNamesIt)
{
    BusyRegister b;
    ASSERT_TRUE(b.t.reg().integrity().findings().isEmpty())
        << b.t.reg().integrity().findings().join(QLatin1Char('\n')).toStdString();
    {
        const RawFile file(b.t.path());
        GetParam().edit(file, b);
    }
    b.t.reopen();
    const QString findings = b.t.reg().integrity().findings().join(QLatin1Char('\n'));
    EXPECT_TRUE(findings.contains(QString::fromUtf8(GetParam().named))) << findings.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Integrity, RawEditTest, ::testing::ValuesIn(Edits));

TEST(Seal, TheProgramsOwnWritesPassCheck)
{
    BusyRegister b;
    // An attachment, an update that touches every column kind, a dossier decided.
    ASSERT_TRUE(
        ApplicationService(b.t.reg())
            .attach(b.dossier, PieceKind::Statutes, QStringLiteral("s.pdf"), QByteArray(70000, 'x'))
            .ok());
    Company c = b.t.reg().companies().find(b.second).value();
    c.name = QStringLiteral("Renamed l'\"quoted\" Films");
    ASSERT_TRUE(b.t.reg().companies().edit(c).ok());
    ASSERT_TRUE(ApplicationService(b.t.reg()).withdraw(b.dossier).ok());
    b.t.reopen();
    EXPECT_EQ(b.t.reg().integrity().findings(), QStringList());
}

TEST(Seal, AWriteAfterARawEditDoesNotHideIt)
{
    BusyRegister b;
    {
        const RawFile file(b.t.path());
        file.exec(sql("UPDATE companies SET capital = 1 WHERE id = 2"));
    }
    b.t.reopen();
    ASSERT_TRUE(b.t.reg().companies().add(sampleCompany(3)).ok());
    const QString findings = b.t.reg().integrity().findings().join(QLatin1Char('\n'));
    EXPECT_TRUE(findings.contains(QStringLiteral("companies"))) << findings.toStdString();
}

} // namespace

namespace {

TEST(Seal, TheDemonstrationRegisterPassesCheck)
{
    TempRegister t(QDate(2026, 11, 26));
    GeneratorOptions options; // as the window's --demo
    options.companies = 120;
    generateRegister(t.reg(), options);
    t.reopen();
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

} // namespace

namespace {

TEST(Seal, AFileOfThePreviousVersionGetsItsSealWhenMigrated)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("previous.cinereg"));
    {
        // A register as the previous version wrote it: its schema and one company (entered by
        // hand).
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        for (int step = 1; step < Database::SchemaVersion; ++step)
            for (const QString& statement : Schema::migrationTo(step))
                ASSERT_TRUE(q.exec(statement)) << statement.toStdString();
        ASSERT_TRUE(
            q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId)));
        ASSERT_TRUE(
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion - 1)));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO companies (name, legal_form, rc_number, rc_court, rc_court_key, ice, "
            "address, city, sort_key, created_at, created_by) VALUES ('Atlas', 'SARL', '1', "
            "'Rabat', 'rabat', '001561191000066', 'x', 'Rabat', 'atlas', '2025-01-01', 'c')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    FixedClock clock(QDate(2026, 3, 2));
    {
        Register reg(path, clock, QStringLiteral("clerk"));
        EXPECT_EQ(reg.integrity().findings(), QStringList());
        ASSERT_TRUE(reg.companies().add(sampleCompany(2)).ok());
    }
    Register again(path, clock, QStringLiteral("clerk"));
    EXPECT_EQ(again.integrity().findings(), QStringList());
    {
        const RawFile file(path);
        file.exec(sql("UPDATE companies SET name = 'Other' WHERE id = 1"));
    }
    EXPECT_FALSE(again.integrity().findings().filter(QStringLiteral("companies")).isEmpty());
}

} // namespace
