// An account on a server register is the server login of the same name (CLI.md: `user add`
// creates both when the connected admin may create server roles). The test cluster asks the
// members of `password_checked` for their password (SCRAM, scripts/pg-cluster.sh), so these
// tests connect as the new logins the way a clerk's workstation does.
#include "accounts/AccountService.h"
#include "Clock.h"
#include "services/IntegrityService.h"
#include "services/Register.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QSqlDatabase>
#include <QUrl>

namespace cinereg::test {
namespace {

// Whether `login` can open a connection to the register's database with `password`.
bool connects(const QString& address, const QString& login, const QString& password)
{
    const QUrl url(address);
    const QString name = QStringLiteral("login-probe");
    bool open = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(login);
        db.setPassword(password);
        open = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return open;
}

qint64 count(const QString& address, const QString& sql)
{
    return TestServer::countAsSuperuser(address, sql);
}

class ServerLogins : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!TestServer::active())
            GTEST_SKIP() << "needs the test cluster (CINEREG_TEST_PG)";
        address = TestServer::freshRegister({});
    }
    void TearDown() override
    {
        if (address.isEmpty())
            return;
        dropRoles(); // logins are the cluster's: gone before the next run
        TestServer::drop(address);
    }
    // The logins this test makes, none left by an earlier run. Each test has its own: ctest runs
    // the tests in parallel processes, and logins belong to the whole cluster.
    void uses(const QStringList& logins)
    {
        roles = logins;
        dropRoles();
    }
    void dropRoles()
    {
        // A role is dropped with its privileges on the register's tables.
        for (const QString& role : std::as_const(roles))
            ASSERT_EQ(TestServer::asSuperuser(
                          address, QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles "
                                                  "WHERE rolname = '%1') THEN EXECUTE 'DROP OWNED "
                                                  "BY %1'; EXECUTE 'DROP ROLE %1'; END IF; END $$")
                                       .arg(role)),
                      QString());
    }
    QString as(const QString& login) const
    {
        QUrl url(address);
        url.setUserName(login);
        return url.toString();
    }
    QString address;
    QStringList roles;
    FixedClock clock{QDate(2026, 11, 26)};
};

TEST_F(ServerLogins, AnAccountAddedIsALoginOfTheClerksThatConnectsWithItsPassword)
{
    uses({QStringLiteral("sl_clara")});
    Register reg(address, clock, QString());
    const QString owner = QUrl(address).userName();
    ASSERT_TRUE(reg.accounts().add(owner, Role::Admin, QStringLiteral("Owner"),
                                   QStringLiteral("owner-password")));
    ASSERT_TRUE(reg.signIn(owner, QStringLiteral("owner-password")));
    ASSERT_TRUE(reg.accounts().add(QStringLiteral("sl_clara"), Role::Clerk,
                                   QStringLiteral("Clara Alaoui"), QStringLiteral("first-secret")));
    EXPECT_EQ(count(address, QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles "
                                            "r ON r.oid = m.member JOIN pg_roles g ON g.oid = "
                                            "m.roleid WHERE r.rolname = 'sl_clara' AND g.rolname = "
                                            "'cinereg_clerk'")),
              1);
    // The server keeps a SCRAM verifier, never the password.
    EXPECT_EQ(count(address, QStringLiteral("SELECT count(*) FROM pg_authid WHERE rolname = "
                                            "'sl_clara' AND rolpassword LIKE 'SCRAM-SHA-256$%'")),
              1);
    ASSERT_EQ(
        TestServer::asSuperuser(address, QStringLiteral("GRANT password_checked TO sl_clara")),
        QString());
    EXPECT_TRUE(connects(address, QStringLiteral("sl_clara"), QStringLiteral("first-secret")));
    EXPECT_FALSE(connects(address, QStringLiteral("sl_clara"), QStringLiteral("wrong-secret")));

    // One password for both: an admin's change reaches the login.
    ASSERT_TRUE(
        reg.accounts().setPassword(QStringLiteral("sl_clara"), QStringLiteral("second-secret")));
    EXPECT_FALSE(connects(address, QStringLiteral("sl_clara"), QStringLiteral("first-secret")));
    EXPECT_TRUE(connects(address, QStringLiteral("sl_clara"), QStringLiteral("second-secret")));
}

TEST_F(ServerLogins, AClerkChangesHerOwnPasswordOnTheServerToo)
{
    uses({QStringLiteral("sl_chama")});
    {
        Register reg(address, clock, QString());
        const QString owner = QUrl(address).userName();
        ASSERT_TRUE(reg.accounts().add(owner, Role::Admin, QStringLiteral("Owner"),
                                       QStringLiteral("owner-password")));
        ASSERT_TRUE(reg.signIn(owner, QStringLiteral("owner-password")));
        ASSERT_TRUE(reg.accounts().add(QStringLiteral("sl_chama"), Role::Clerk,
                                       QStringLiteral("Clara Alaoui"),
                                       QStringLiteral("first-secret")));
    }
    ASSERT_EQ(
        TestServer::asSuperuser(address, QStringLiteral("GRANT password_checked TO sl_chama")),
        QString());
    // Her workstation: the server asks the login's password, the program the account's.
    qputenv("PGPASSWORD", "first-secret");
    {
        Register reg(as(QStringLiteral("sl_chama")), clock, QString());
        ASSERT_TRUE(reg.signIn(QStringLiteral("sl_chama"), QStringLiteral("first-secret")));
        ASSERT_TRUE(reg.accounts().setPassword(QStringLiteral("sl_chama"),
                                               QStringLiteral("her-own-secret")));
        EXPECT_EQ(reg.integrity().findings(), QStringList()); // sealed and audited as any change
    }
    qunsetenv("PGPASSWORD");
    EXPECT_FALSE(connects(address, QStringLiteral("sl_chama"), QStringLiteral("first-secret")));
    EXPECT_TRUE(connects(address, QStringLiteral("sl_chama"), QStringLiteral("her-own-secret")));
}

TEST_F(ServerLogins, AnAdminWhoMayNotCreateLoginsIsRefusedAndNothingIsWritten)
{
    uses({QStringLiteral("sl_dora"), QStringLiteral("sl_head")});
    // The register's owner as the README sets it up (every privilege on the register's tables),
    // without CREATEROLE.
    for (const char* sql : {"CREATE ROLE sl_head LOGIN IN ROLE cinereg_clerk",
                            "GRANT ALL ON ALL TABLES IN SCHEMA public TO sl_head",
                            "GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO sl_head"})
        ASSERT_EQ(TestServer::asSuperuser(address, QLatin1String(sql)), QString()) << sql;
    Register reg(as(QStringLiteral("sl_head")), clock, QString());
    ASSERT_TRUE(reg.accounts().add(QStringLiteral("sl_head"), Role::Admin,
                                   QStringLiteral("Head of office"),
                                   QStringLiteral("head-secret")));
    ASSERT_TRUE(reg.signIn(QStringLiteral("sl_head"), QStringLiteral("head-secret")));

    const Outcome<Account> refused =
        reg.accounts().add(QStringLiteral("sl_dora"), Role::Clerk, QStringLiteral("Dora"),
                           QStringLiteral("dora-secret"));
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.refusal().field, QStringLiteral("login"));
    EXPECT_TRUE(refused.refusal().message.contains(QStringLiteral("CREATEROLE")))
        << refused.refusal().message.toStdString();
    EXPECT_FALSE(reg.accounts().find(QStringLiteral("sl_dora")));
    EXPECT_EQ(
        count(address, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'sl_dora'")),
        0);

    // Given CREATEROLE, the same admin creates the login with the account.
    ASSERT_EQ(TestServer::asSuperuser(address, QStringLiteral("ALTER ROLE sl_head CREATEROLE")),
              QString());
    ASSERT_TRUE(reg.accounts().add(QStringLiteral("sl_dora"), Role::Clerk, QStringLiteral("Dora"),
                                   QStringLiteral("dora-secret")));
    EXPECT_EQ(
        count(address, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'sl_dora'")),
        1);
}

} // namespace
} // namespace cinereg::test
