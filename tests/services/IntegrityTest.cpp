#include "RawEdit.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RightService.h"
#include "store/HeadWitness.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {

void fill(Register& reg)
{
    const qint64 c = reg.companies().add(sampleCompany(1)).value();
    const qint64 a =
        reg.rights()
            .grant(c, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}})
            .value()
            .id;
    reg.rights().grant(c, {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}});
    reg.rights().decide(a, {DecisionType::Suspend, {}, QDate(2026, 1, 1), QStringLiteral("x"), {}});
    reg.rights().decide(a, {DecisionType::Reinstate, {}, QDate(2026, 1, 1), {}, {}});
}
} // namespace

TEST(Integrity, ANormalRegisterIsClean)
{
    TempRegister t;
    fill(t.reg());
    EXPECT_TRUE(t.reg().integrity().findings().isEmpty())
        << t.reg().integrity().findings().join(QLatin1Char('\n')).toStdString();
}

TEST(Integrity, AnAlteredAuditEntryIsDetected)
{
    TempRegister t;
    fill(t.reg());
    tamper(t,
           {QStringLiteral("DROP TRIGGER audit_is_never_edited"),
            QStringLiteral("UPDATE audit SET user = 'someone else' WHERE id = 2")},
           {QStringLiteral("ALTER TABLE audit DISABLE TRIGGER USER"),
            QStringLiteral("UPDATE audit SET \"user\" = 'someone else' WHERE id = 2")});
    // The chain names the entry; the schema check names the dropped trigger (a server's schema
    // is its owner's: only its superuser could have done this).
    const QStringList findings = t.reg().integrity().findings();
    EXPECT_EQ(findings.filter(QStringLiteral("Audit entry 2 was altered")).size(), 1)
        << findings.join(QLatin1Char('\n')).toStdString();
    if (!t.onServer())
        EXPECT_EQ(findings.filter(QStringLiteral("audit_is_never_edited")).size(), 1);
}

TEST(Integrity, ARemovedAuditEntryIsDetected)
{
    TempRegister t;
    fill(t.reg());
    tamper(t,
           {QStringLiteral("DROP TRIGGER audit_is_never_deleted"),
            QStringLiteral("DELETE FROM audit WHERE id = 3")},
           {QStringLiteral("ALTER TABLE audit DISABLE TRIGGER USER"),
            QStringLiteral("DELETE FROM audit WHERE id = 3")});
    EXPECT_FALSE(t.reg().integrity().findings().isEmpty());
}

TEST(Integrity, RulesBrokenBehindTheProgramsBackAreFound)
{
    TempRegister t;
    fill(t.reg());
    // A second authorization over the same period, and an accreditation with no authorization.
    const QStringList onServer{
        QStringLiteral("INSERT INTO rights (company_id, kind, number, valid_from) VALUES (1, "
                       "'authorization', 'X-1', '2025-06-01')"),
        QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, reference, "
                       "decision_date, entered_by, entered_at) SELECT id, 'grant', '2025-06-01', "
                       "'R', '2025-06-01', session_user, '2025-06-01' FROM rights WHERE number = "
                       "'X-1'"),
        QStringLiteral("INSERT INTO rights (company_id, kind, number, valid_from) VALUES (1, "
                       "'international', 'X-2', '2020-01-01')"),
        QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, reference, "
                       "decision_date, entered_by, entered_at) SELECT id, 'grant', '2020-01-01', "
                       "'R', '2020-01-01', session_user, '2020-01-01' FROM rights WHERE number = "
                       "'X-2'")};
    tamper(t,
           {
               QStringLiteral("INSERT INTO rights (company_id, kind, number, valid_from) "
                              "VALUES (1, 'authorization', 'X-1', '2025-06-01')"),
               QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, "
                              "reference, decision_date, entered_by, entered_at) "
                              "SELECT id, 'grant', '2025-06-01', 'R', '2025-06-01', 'x', "
                              "'2025-06-01' FROM rights WHERE number = 'X-1'"),
               QStringLiteral("INSERT INTO rights (company_id, kind, number, valid_from) "
                              "VALUES (1, 'international', 'X-2', '2020-01-01')"),
               QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, "
                              "reference, decision_date, entered_by, entered_at) "
                              "SELECT id, 'grant', '2020-01-01', 'R', '2020-01-01', 'x', "
                              "'2020-01-01' FROM rights WHERE number = 'X-2'"),
           },
           onServer);
    const QString findings = t.reg().integrity().findings().join(QLatin1Char('\n'));
    EXPECT_TRUE(findings.contains(QStringLiteral("X-1"))) << findings.toStdString();
    EXPECT_TRUE(findings.contains(QStringLiteral("X-2"))) << findings.toStdString();
}

TEST(Integrity, ARowChangedBehindTheProgramsBackIsFoundByTheSeal)
{
    TempRegister t;
    fill(t.reg());
    ASSERT_TRUE(t.reg().integrity().findings().isEmpty());
    // With sqlite3 on a file; with psql, as the server's superuser, on a server register.
    const QString edit = QStringLiteral("UPDATE companies SET capital = 1 WHERE id = 1");
    tamper(t, {edit}, {edit});
    const QStringList findings = t.reg().integrity().findings();
    EXPECT_EQ(
        findings.filter(QStringLiteral("Table companies was changed outside the program")).size(),
        1)
        << findings.join(QLatin1Char('\n')).toStdString();
    // The program's next write does not hide it.
    ASSERT_TRUE(t.reg().companies().add(sampleCompany(9)));
    EXPECT_FALSE(t.reg()
                     .integrity()
                     .findings()
                     .filter(QStringLiteral("Table companies was changed outside the program"))
                     .isEmpty());
}

TEST(Integrity, ARegistersHeadWitnessIsTheSameFromAnyWorkingFolder)
{
    // A server register's address names no file: its witness must not depend on the folder the
    // program was started from, or `check` from another folder would not find it.
    TempRegister t;
    fill(t.reg());
    const QString witness = HeadWitness::witnessPath(t.path());
    EXPECT_TRUE(QFileInfo::exists(witness));
    const QString started = QDir::currentPath();
    QTemporaryDir elsewhere;
    ASSERT_TRUE(QDir::setCurrent(elsewhere.path()));
    EXPECT_EQ(HeadWitness::witnessPath(t.path()), witness);
    QDir::setCurrent(started);
}
