// The statistics' yearly counts (schema step 8): kept right by every kind of write, filled by the
// migration of a step-7 register (file and server), and `check` finding them wrong. Run on a file
// and, as pg.*, on a server register.
#include "services/IntegrityService.h"
#include "services/Register.h"
#include "statistics/StatisticsService.h"
#include "StatisticsRegister.h"
#include "store/Database.h"
#include "store/StoreAccess.h"
#include "store/YearlyCountsStore.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

namespace {
using Counts = YearlyCountsStore::Counts;

Counts stored(TempRegister& t)
{
    return YearlyCountsStore(StoreAccess::of(t.reg())).stored();
}

Counts computed(TempRegister& t)
{
    return YearlyCountsStore(StoreAccess::of(t.reg())).computed();
}

qint64 count(const Counts& c, int year, const char* event)
{
    return c.value({year, QString::fromLatin1(event)});
}

// Statements run through the register's own connection, in one transaction (on a server the
// test's login is a superuser: a raw edit psql would make).
void write(TempRegister& t, const QStringList& statements)
{
    const Database& db = StoreAccess::of(t.reg());
    Transaction tx(db);
    for (const QString& s : statements)
        db.run(s);
    tx.commit();
}

// Raw edits behind the program's back: sqlite3 on the file, or psql as the server's superuser.
void tamper(const TempRegister& t, const QStringList& onFile, const QStringList& onServer)
{
    if (t.onServer()) {
        for (const QString& s : onServer)
            ASSERT_EQ(TestServer::asSuperuser(t.path(), s), QString()) << s.toStdString();
        return;
    }
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(t.path());
        ASSERT_TRUE(db.open());
        for (const QString& s : onFile) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
}

QByteArray figuresJson(TempRegister& t, QDate on)
{
    const Outcome<RegisterFigures> f = StatisticsService(t.reg()).figures({on, {}, {}});
    EXPECT_TRUE(f.ok());
    return f.ok() ? QJsonDocument(f.value().toJson()).toJson(QJsonDocument::Compact) : QByteArray();
}
} // namespace

// StatisticsRegister's histories, counted by hand: each grant, decision and production entered
// through the services is counted in its year by the triggers.
TEST(YearlyCounts, TheServicesWritesAreCountedInTheirYear)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const Counts c = stored(t);
    EXPECT_EQ(c, computed(t));
    EXPECT_EQ(count(c, 2023, "grant"), 1); // Oasis
    EXPECT_EQ(count(c, 2024, "grant"), 3); // Atlas authorization and national, Tingis
    EXPECT_EQ(count(c, 2026, "grant"), 4); // Bahia twice, Tingis again, Sahel (September)
    EXPECT_EQ(count(c, 2026, "suspend"), 1);
    EXPECT_EQ(count(c, 2025, "revoke"), 1);
    EXPECT_EQ(count(c, 2026, "revoke"), 1);
    EXPECT_EQ(count(c, 2023, "entrant"), 1);
    EXPECT_EQ(count(c, 2024, "entrant"), 2);
    EXPECT_EQ(count(c, 2025, "entrant"), 1);
    EXPECT_EQ(count(c, 2026, "entrant"), 2); // Bahia, Sahel; Tingis is not new again
    EXPECT_EQ(count(c, 2025, "national-production"), 1);
    EXPECT_EQ(count(c, 2026, "national-production"), 1);
    EXPECT_EQ(count(c, 2026, "foreign-production"), 1);
}

TEST(YearlyCounts, AnEarlierAuthorizationMakesTheCompanyAnEntrantOfItsYear)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    // Atlas (company 1, first authorized 2024-01-10) is found to have held one in 2022.
    const QString right = QStringLiteral("INSERT INTO rights (company_id, kind, number, "
                                         "valid_from) VALUES (1, 'authorization', '%1', '%2')");
    write(t, {right.arg(QStringLiteral("OLD-1"), QStringLiteral("2022-05-01"))});
    Counts c = stored(t);
    EXPECT_EQ(c, computed(t));
    EXPECT_EQ(count(c, 2022, "entrant"), 1);
    EXPECT_EQ(count(c, 2024, "entrant"), 1); // Tingis only now
    // One between the two changes nothing, nor one on the same first day.
    write(t, {right.arg(QStringLiteral("OLD-2"), QStringLiteral("2023-01-01")),
              right.arg(QStringLiteral("OLD-3"), QStringLiteral("2022-05-01"))});
    c = stored(t);
    EXPECT_EQ(c, computed(t));
    EXPECT_EQ(count(c, 2022, "entrant"), 1);
    EXPECT_EQ(count(c, 2023, "entrant"), 1); // Oasis
}

TEST(YearlyCounts, AProductionMovedRetypedOrRemovedIsRecounted)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    // Productions 1 (national, 2025-05-01), 2 (foreign, 2026-04-01), 3 (national, 2026-08-01).
    write(t, {QStringLiteral("UPDATE productions SET shoot_from = '2024-04-01', shoot_to = "
                             "'2024-04-10' WHERE id = 1"),
              QStringLiteral("UPDATE productions SET kind = 'foreign' WHERE id = 3"),
              QStringLiteral("UPDATE productions SET title = 'Renamed' WHERE id = 2")});
    Counts c = stored(t);
    EXPECT_EQ(c, computed(t));
    EXPECT_EQ(count(c, 2024, "national-production"), 1);
    EXPECT_EQ(count(c, 2025, "national-production"), 0);
    EXPECT_EQ(count(c, 2026, "national-production"), 0);
    EXPECT_EQ(count(c, 2026, "foreign-production"), 2);
    write(t, {QStringLiteral("DELETE FROM productions WHERE id = 2")});
    c = stored(t);
    EXPECT_EQ(c, computed(t));
    EXPECT_EQ(count(c, 2026, "foreign-production"), 1);
}

TEST(YearlyCounts, CheckFindsACountEditedOrLost)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    ASSERT_TRUE(t.reg().integrity().findings().isEmpty())
        << t.reg().integrity().findings().join(QLatin1Char('\n')).toStdString();
    const QString edit = QStringLiteral(
        "UPDATE yearly_counts SET tally = tally + 5 WHERE year = 2024 AND event = 'grant'");
    const QString loss =
        QStringLiteral("DELETE FROM yearly_counts WHERE year = 2023 AND event = 'entrant'");
    tamper(t, {edit, loss}, {edit, loss});
    const QStringList findings = t.reg().integrity().findings();
    EXPECT_EQ(findings
                  .filter(QStringLiteral("count of grant for 2024 is 8 but the register "
                                         "holds 3"))
                  .size(),
              1)
        << findings.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(findings
                  .filter(QStringLiteral("count of entrant for 2023 is 0 but the register "
                                         "holds 1"))
                  .size(),
              1)
        << findings.join(QLatin1Char('\n')).toStdString();
}

// A register of schema step 7 (no counts, no triggers, no day indexes) migrates on opening: the
// counts are computed from what it holds and the figures are the same as before.
TEST(YearlyCounts, AStepSevenRegisterMigratesWithItsCounts)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const Counts before = stored(t);
    const QByteArray figures = figuresJson(t, QDate(2026, 6, 30));
    ASSERT_FALSE(before.isEmpty());
    tamper(t,
           {QStringLiteral("DROP TRIGGER decisions_counted_per_year"),
            QStringLiteral("DROP TRIGGER rights_entrants_counted_per_year"),
            QStringLiteral("DROP TRIGGER productions_counted_per_year"),
            QStringLiteral("DROP TRIGGER productions_uncounted_per_year"),
            QStringLiteral("DROP TRIGGER productions_recounted_per_year"),
            QStringLiteral("DROP INDEX decisions_by_day"),
            QStringLiteral("DROP INDEX productions_by_day"),
            QStringLiteral("DROP TABLE yearly_counts"), QStringLiteral("PRAGMA user_version = 7")},
           {QStringLiteral("DROP TRIGGER decisions_counted_per_year ON decisions"),
            QStringLiteral("DROP TRIGGER rights_entrants_counted_per_year ON rights"),
            QStringLiteral("DROP TRIGGER productions_counted_per_year ON productions"),
            QStringLiteral("DROP FUNCTION cinereg_count_decision(), cinereg_count_entrant(), "
                           "cinereg_count_production(), cinereg_count_per_year(TEXT, TEXT, "
                           "INTEGER)"),
            QStringLiteral("DROP INDEX decisions_by_day, productions_by_day"),
            QStringLiteral("DROP TABLE yearly_counts"),
            // and the later steps
            QStringLiteral("DROP FUNCTION cinereg_set_own_password(TEXT)"),
            QStringLiteral("DELETE FROM schema_version WHERE version >= 8")});
    t.reopen();
    EXPECT_EQ(StoreAccess::of(t.reg()).schemaVersionFound(), 7);
    EXPECT_EQ(stored(t), before);
    EXPECT_EQ(figuresJson(t, QDate(2026, 6, 30)), figures);
    EXPECT_TRUE(t.reg().integrity().findings().isEmpty())
        << t.reg().integrity().findings().join(QLatin1Char('\n')).toStdString();
    // And the triggers are there again.
    write(t, {QStringLiteral("UPDATE productions SET shoot_from = '2024-04-01', shoot_to = "
                             "'2024-04-10' WHERE id = 1")});
    EXPECT_EQ(count(stored(t), 2024, "national-production"), 1);
    EXPECT_EQ(stored(t), computed(t));
}
