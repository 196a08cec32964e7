// A real PostgreSQL 15 server through Qt's own driver (QPSQL): the throwaway cluster that the
// ctest fixture `postgresql` starts with scripts/pg-cluster.sh (its URL in the file named by
// CINEREG_PG_URL_FILE). The ground the central register's backend will stand on.
#include "ClusterUrl.h"

#include <gtest/gtest.h>
#include <QDate>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace {

class Postgres : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QUrl url = clusterUrl();
        ASSERT_EQ(url.scheme(), QStringLiteral("postgresql"))
            << "no cluster URL in CINEREG_PG_URL_FILE: run through ctest (fixture postgresql)";
        ASSERT_TRUE(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            << "Qt's PostgreSQL driver is missing (package libqt6sql6-psql)";
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
        m_db.setHostName(url.host());
        m_db.setPort(url.port());
        m_db.setUserName(url.userName());
        m_db.setDatabaseName(url.path().mid(1));
        ASSERT_TRUE(m_db.open()) << m_db.lastError().text().toStdString();
    }
    void TearDown() override
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
    }
    QSqlQuery exec(const QString& sql)
    {
        QSqlQuery q(m_db);
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return q;
    }
    QSqlDatabase m_db;
};
} // namespace

TEST_F(Postgres, ConnectsToAPostgreSql15ServerAsItsAuthenticatedLogin)
{
    QSqlQuery version = exec(QStringLiteral("SELECT current_setting('server_version_num')::int"));
    ASSERT_TRUE(version.next());
    EXPECT_GE(version.value(0).toInt(), 150000);
    EXPECT_LT(version.value(0).toInt(), 160000);
    QSqlQuery who = exec(QStringLiteral("SELECT session_user"));
    ASSERT_TRUE(who.next());
    EXPECT_EQ(who.value(0).toString(), QStringLiteral("cinereg"));
}

TEST_F(Postgres, ARolledBackTransactionLeavesNothingAndTextAndDatesComeBackTheSame)
{
    exec(QStringLiteral("DROP TABLE IF EXISTS probe"));
    exec(QStringLiteral("CREATE TABLE probe (id integer PRIMARY KEY, name text NOT NULL, "
                        "valid_from date NOT NULL)"));
    const QString arabic = QStringLiteral("المركز السينمائي المغربي — Atlas Productions");
    const QDate day(2026, 2, 28);
    ASSERT_TRUE(m_db.transaction());
    {
        QSqlQuery insert(m_db);
        ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO probe VALUES (?, ?, ?)")));
        insert.addBindValue(1);
        insert.addBindValue(arabic);
        insert.addBindValue(day);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    ASSERT_TRUE(m_db.rollback());
    QSqlQuery none = exec(QStringLiteral("SELECT count(*) FROM probe"));
    ASSERT_TRUE(none.next());
    EXPECT_EQ(none.value(0).toInt(), 0);

    ASSERT_TRUE(m_db.transaction());
    {
        QSqlQuery insert(m_db);
        ASSERT_TRUE(insert.prepare(QStringLiteral("INSERT INTO probe VALUES (?, ?, ?)")));
        insert.addBindValue(1);
        insert.addBindValue(arabic);
        insert.addBindValue(day);
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    ASSERT_TRUE(m_db.commit());
    QSqlQuery back = exec(QStringLiteral("SELECT name, valid_from FROM probe WHERE id = 1"));
    ASSERT_TRUE(back.next());
    EXPECT_EQ(back.value(0).toString(), arabic);
    EXPECT_EQ(back.value(1).toDate(), day);
    exec(QStringLiteral("DROP TABLE probe"));
}
