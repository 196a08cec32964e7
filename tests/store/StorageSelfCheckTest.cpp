// The storage engine's own check (SQLite's integrity_check and foreign_key_check), behind the
// store's boundary, and how `check` words what it finds.
#include "store/StorageSelfCheck.h"

#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// A row written by a foreign program with foreign keys off: a production of no company.
void insertOrphanProduction(const QString& path)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        ASSERT_TRUE(q.exec(QStringLiteral(
            "INSERT INTO productions (id, title, kind, executor_id, shoot_from, shoot_to, "
            "created_by, created_at) VALUES (7, 'Orphan', 'national', 999, '2026-01-01', "
            "'2026-01-31', 'someone', '2026-01-01T00:00:00')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
}
} // namespace

TEST(StorageSelfCheck, ASoundRegisterHasNoFinding)
{
    TempRegister t;
    ASSERT_TRUE(t.reg().companies().add(sampleCompany(1)));
    EXPECT_TRUE(StorageSelfCheck(StoreAccess::of(t.reg())).run().isEmpty());
}

TEST(StorageSelfCheck, ARowReferringToNothingIsNamedWithItsTable)
{
    TempRegister t;
    if (t.onServer()) {
        // The server checks foreign keys on every session, its superuser's included: the orphan
        // a foreign program could leave in a file cannot exist there.
        EXPECT_FALSE(
            TestServer::asSuperuser(
                t.path(), QStringLiteral("INSERT INTO productions (id, title, kind, executor_id, "
                                         "shoot_from, shoot_to, created_by, created_at) VALUES "
                                         "(7, 'Orphan', 'national', 999, '2026-01-01', "
                                         "'2026-01-31', 'clerk', '2026-01-01T00:00:00')"))
                .isEmpty());
        EXPECT_TRUE(StorageSelfCheck(StoreAccess::of(t.reg())).run().isEmpty());
        return;
    }
    insertOrphanProduction(t.path());
    const QVector<StorageSelfCheck::Finding> found =
        StorageSelfCheck(StoreAccess::of(t.reg())).run();
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.front().kind, StorageSelfCheck::Finding::DanglingReference);
    EXPECT_EQ(found.front().table, QStringLiteral("productions"));
    EXPECT_EQ(found.front().row, QStringLiteral("7"));
    EXPECT_EQ(found.front().referenced, QStringLiteral("companies"));
    EXPECT_TRUE(t.reg().integrity().findings().contains(
        QStringLiteral("Table productions, row 7 refers to a missing companies record.")));
}
