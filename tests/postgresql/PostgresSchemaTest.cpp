// The PostgreSQL schema on a real PostgreSQL 15 server (the throwaway cluster that the ctest
// fixture `postgresql` starts with scripts/pg-cluster.sh, its URL in the file named by
// CINEREG_PG_URL_FILE): every step applies, and the server itself defends the history against a
// clerk's own login, whatever client it uses.
#include "store/PostgresSchema.h"

#include "ClusterUrl.h"
#include "store/Database.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

using namespace cinereg;

namespace {

// One connection to the cluster, as `login`, to `database`; closed and removed with the object.
class Connection
{
public:
    Connection(const QString& database, const QString& login)
        : m_name(QUuid::createUuid().toString())
    {
        const QUrl url = clusterUrl();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(url.host());
        db.setPort(url.port());
        db.setUserName(login);
        db.setDatabaseName(database);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }

    // Runs one statement; returns its error text, empty when it succeeded.
    QString exec(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(sql))
            return {};
        return q.lastError().databaseText().isEmpty() ? q.lastError().text()
                                                      : q.lastError().databaseText();
    }
    QVariant value(const QString& sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

class PostgresSchemaTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!clusterUrl().isValid() || clusterUrl().isEmpty())
            GTEST_FAIL() << "no cluster URL in CINEREG_PG_URL_FILE: run through ctest";
        m_database =
            QStringLiteral("register_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(12));
        Connection admin(QStringLiteral("postgres"), clusterUrl().userName());
        ASSERT_TRUE(admin.isOpen()) << qPrintable(admin.error());
        ASSERT_EQ(admin.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)), QString());
        // One clerk's login, a member of the clerks' role once the first step has created it.
        m_clerk = QStringLiteral("clerk_%1").arg(m_database.right(8));

        owner = std::make_unique<Connection>(m_database, clusterUrl().userName());
        ASSERT_TRUE(owner->isOpen()) << qPrintable(owner->error());
        ASSERT_EQ(owner->exec(QStringLiteral("BEGIN")), QString());
        // Every step up to the program's version (a step may be empty: a number reserved).
        for (int step = 1; step <= Database::SchemaVersion; ++step)
            for (const QString& statement : PostgresSchema::migrationTo(step))
                ASSERT_EQ(owner->exec(statement), QString())
                    << "step " << step << ": " << qPrintable(statement);
        ASSERT_EQ(owner->exec(QStringLiteral("COMMIT")), QString());
        ASSERT_EQ(
            owner->exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE cinereg_clerk").arg(m_clerk)),
            QString());
        clerk = std::make_unique<Connection>(m_database, m_clerk);
        ASSERT_TRUE(clerk->isOpen()) << qPrintable(clerk->error());
    }

    void TearDown() override
    {
        clerk.reset();
        owner.reset();
        Connection admin(QStringLiteral("postgres"), clusterUrl().userName());
        admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        admin.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_clerk));
    }

    QString addCompany(const Connection& as, const QString& author, const QString& ice) const
    {
        return as.exec(
            QStringLiteral("INSERT INTO companies (name, legal_form, rc_number, rc_court, "
                           "rc_court_key, ice, address, city, sort_key, created_at, created_by) "
                           "VALUES ('Atlas Films', 'SARL', '1234', 'Rabat', 'rabat', '%1', "
                           "'1 avenue Hassan II', 'Rabat', 'atlas films', "
                           "'2026-11-26T10:00:00', '%2')")
                .arg(ice, author));
    }

    // A company, its authorization and the grant decision, entered by the clerk.
    void addGrantedAuthorization() const
    {
        ASSERT_EQ(addCompany(*clerk, m_clerk, QStringLiteral("001234567000089")), QString());
        ASSERT_EQ(clerk->exec(QStringLiteral(
                      "INSERT INTO rights (company_id, kind, number, valid_from) SELECT id, "
                      "'authorization', 'AUT-2026-0001', '2026-11-26' FROM companies")),
                  QString());
        ASSERT_EQ(clerk->exec(
                      QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, "
                                     "reference, decision_date, entered_by, entered_at) SELECT id, "
                                     "'grant', '2026-11-26', 'D-1', '2026-11-26', '%1', "
                                     "'2026-11-26T10:00:00' FROM rights")
                          .arg(m_clerk)),
                  QString());
    }

    std::unique_ptr<Connection> owner;
    std::unique_ptr<Connection> clerk;
    QString m_database;
    QString m_clerk;
};

} // namespace

TEST_F(PostgresSchemaTest, AClerksLoginCannotRewriteTheHistory)
{
    addGrantedAuthorization();
    EXPECT_TRUE(clerk->exec(QStringLiteral("UPDATE decisions SET reference = 'forged'"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(clerk->exec(QStringLiteral("DELETE FROM decisions"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(clerk->exec(QStringLiteral("UPDATE rights SET valid_from = '2020-01-01'"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(clerk->exec(QStringLiteral("ALTER TABLE decisions DISABLE TRIGGER USER"))
                    .contains(QStringLiteral("must be owner")));
    EXPECT_TRUE(clerk
                    ->exec(QStringLiteral("INSERT INTO signing_keys VALUES ('k', "
                                          "decode(repeat('00', 32), 'hex'), 'now', '%1')")
                               .arg(m_clerk))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_EQ(owner->value(QStringLiteral("SELECT reference FROM decisions")).toString(),
              QStringLiteral("D-1"));
    // What a clerk may do, the clerk can: correct a company's identity.
    EXPECT_EQ(clerk->exec(QStringLiteral("UPDATE companies SET city = 'Salé'")), QString());
}

TEST_F(PostgresSchemaTest, EvenTheOwnerCannotEditOrDeleteDecisionsOrTheAuditTrail)
{
    addGrantedAuthorization();
    EXPECT_TRUE(owner->exec(QStringLiteral("UPDATE decisions SET reference = 'forged'"))
                    .contains(QStringLiteral("decisions are never edited")));
    EXPECT_TRUE(owner->exec(QStringLiteral("DELETE FROM decisions"))
                    .contains(QStringLiteral("decisions are never deleted")));
    ASSERT_EQ(
        owner->exec(
            QStringLiteral("INSERT INTO audit (at, \"user\", entity, entity_id, action, details, "
                           "prev_hash, hash) VALUES ('2026-11-26T10:00:00', '%1', 'company', 1, "
                           "'create', '{}', 'cinereg-audit-v1', 'h1')")
                .arg(clusterUrl().userName())),
        QString());
    EXPECT_TRUE(owner->exec(QStringLiteral("UPDATE audit SET details = '{}'"))
                    .contains(QStringLiteral("append-only")));
    EXPECT_TRUE(
        owner->exec(QStringLiteral("DELETE FROM audit")).contains(QStringLiteral("append-only")));
    EXPECT_EQ(owner->value(QStringLiteral("SELECT count(*) FROM audit")).toInt(), 1);
}

TEST_F(PostgresSchemaTest, TheRecordedUserIsTheServersLoginNotAClientClaim)
{
    EXPECT_TRUE(
        addCompany(*clerk, QStringLiteral("someone_else"), QStringLiteral("001234567000089"))
            .contains(QStringLiteral("must be the login")));
    EXPECT_EQ(owner->value(QStringLiteral("SELECT count(*) FROM companies")).toInt(), 0);
    EXPECT_TRUE(
        clerk
            ->exec(QStringLiteral("INSERT INTO audit (at, \"user\", entity, entity_id, action, "
                                  "details, prev_hash, hash) VALUES ('2026-11-26T10:00:00', "
                                  "'someone_else', 'company', 1, 'create', '{}', "
                                  "'cinereg-audit-v1', 'h1')"))
            .contains(QStringLiteral("must be the login")));
    EXPECT_EQ(addCompany(*clerk, m_clerk, QStringLiteral("001234567000089")), QString());
    EXPECT_EQ(owner->value(QStringLiteral("SELECT created_by FROM companies")).toString(), m_clerk);
}

TEST_F(PostgresSchemaTest, TheSchemasChecksHoldAsInSqlite)
{
    EXPECT_TRUE(addCompany(*clerk, m_clerk, QStringLiteral("00123456700008X"))
                    .contains(QStringLiteral("companies_ice_check")));
    EXPECT_EQ(owner->value(QStringLiteral("SELECT count(*) FROM companies")).toInt(), 0);
    addGrantedAuthorization();
    // A suspension needs its reason: none at all is refused too (a NULL CHECK would pass).
    EXPECT_TRUE(
        clerk
            ->exec(QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, "
                                  "reference, decision_date, entered_by, entered_at) SELECT id, "
                                  "'suspend', '2026-11-27', '', '2026-11-27', '%1', "
                                  "'2026-11-27T10:00:00' FROM rights")
                       .arg(m_clerk))
            .contains(QStringLiteral("violates check constraint")));
    EXPECT_EQ(owner->value(QStringLiteral("SELECT count(*) FROM decisions")).toInt(), 1);
}

TEST_F(PostgresSchemaTest, AClosedDossierAndItsPiecesAreFinal)
{
    addGrantedAuthorization();
    ASSERT_EQ(
        clerk->exec(QStringLiteral(
                        "INSERT INTO applications (company_id, kind, received, receipt, deadline, "
                        "created_by, created_at) SELECT id, 'national', '2026-11-01', 'R-1', "
                        "'2026-12-31', '%1', '2026-11-01T09:00:00' FROM companies")
                        .arg(m_clerk)),
        QString());
    ASSERT_EQ(clerk->exec(QStringLiteral(
                              "INSERT INTO application_pieces (application_id, kind, dated, "
                              "entered_by, entered_at) SELECT id, 'statutes', '2026-11-01', '%1', "
                              "'2026-11-01T09:00:00' FROM applications")
                              .arg(m_clerk)),
              QString());
    ASSERT_EQ(clerk->exec(QStringLiteral("UPDATE applications SET status = 'withdrawn', "
                                         "decided_on = '2026-11-20'")),
              QString());
    EXPECT_TRUE(clerk->exec(QStringLiteral("UPDATE applications SET status = 'open'"))
                    .contains(QStringLiteral("final")));
    EXPECT_TRUE(clerk->exec(QStringLiteral("DELETE FROM application_pieces"))
                    .contains(QStringLiteral("the application is closed")));
    EXPECT_TRUE(
        clerk
            ->exec(QStringLiteral("INSERT INTO application_pieces (application_id, kind, dated, "
                                  "entered_by, entered_at) SELECT id, 'films', '2026-11-01', '%1', "
                                  "'2026-11-01T09:00:00' FROM applications")
                       .arg(m_clerk))
            .contains(QStringLiteral("the application is closed")));
}

TEST_F(PostgresSchemaTest, CertificatesGetTheirStatusIndexAndStayAsIssued)
{
    addGrantedAuthorization();
    ASSERT_EQ(owner->exec(QStringLiteral("INSERT INTO signing_keys VALUES ('k1', "
                                         "decode(repeat('00', 32), 'hex'), '2026-11-26', '%1')")
                              .arg(clusterUrl().userName())),
              QString());
    for (int i = 1; i <= 2; ++i)
        ASSERT_EQ(clerk->exec(
                      QStringLiteral("INSERT INTO certificates (number, accreditation_id, "
                                     "issued_on, issued_at, issued_by, content_key, fingerprint, "
                                     "key_id, code, content) SELECT 'C-%1', id, '2026-11-26', "
                                     "'2026-11-26T11:00:00', '%2', 'k', 'f', 'k1', 'code-%1', '{}' "
                                     "FROM rights")
                          .arg(i)
                          .arg(m_clerk)),
                  QString());
    EXPECT_EQ(owner
                  ->value(QStringLiteral("SELECT string_agg(status_index::text, ',' ORDER BY "
                                         "certificate_id) FROM certificate_status_index"))
                  .toString(),
              QStringLiteral("0,1"));
    EXPECT_TRUE(clerk->exec(QStringLiteral("UPDATE certificates SET number = 'C-9'"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(owner->exec(QStringLiteral("UPDATE certificates SET number = 'C-9'"))
                    .contains(QStringLiteral("never edited")));
}

TEST_F(PostgresSchemaTest, TheSearchTextHasATrigramIndex)
{
    ASSERT_EQ(addCompany(*clerk, m_clerk, QStringLiteral("001234567000089")), QString());
    ASSERT_EQ(clerk->exec(QStringLiteral("INSERT INTO company_search SELECT id, 'atlas films "
                                         "rabat 001234567000089' FROM companies")),
              QString());
    EXPECT_EQ(clerk
                  ->value(QStringLiteral("SELECT count(*) FROM company_search WHERE text LIKE "
                                         "'%las fil%'"))
                  .toInt(),
              1);
    EXPECT_EQ(owner
                  ->value(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = "
                                         "'company_search_trigrams'"))
                  .toString()
                  .contains(QStringLiteral("gin_trgm_ops")),
              true);
}

TEST_F(PostgresSchemaTest, AccountsAndFourEyesAreDefendedByTheServer)
{
    const QString hash = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA");
    const auto account = [&](const QString& login, const QString& role) {
        return owner->exec(QStringLiteral("INSERT INTO accounts (login, role, password_hash, "
                                          "created_at, created_by) VALUES ('%1', '%2', '%3', "
                                          "'2026-11-26T10:00:00', 'setup')")
                               .arg(login, role, hash));
    };
    EXPECT_TRUE(account(m_clerk, QStringLiteral("clerk"))
                    .contains(QStringLiteral("the first account must be an admin")));
    ASSERT_EQ(account(QStringLiteral("admin"), QStringLiteral("admin")), QString());
    ASSERT_EQ(account(m_clerk, QStringLiteral("clerk")), QString());
    // On a server an account's login is the server login: the owner's login approves here.
    const QString approver = clusterUrl().userName();
    ASSERT_EQ(account(approver, QStringLiteral("approver")), QString());
    EXPECT_TRUE(owner->exec(QStringLiteral("DELETE FROM accounts"))
                    .contains(QStringLiteral("never deleted")));
    EXPECT_FALSE(account(QStringLiteral("Bad Login"), QStringLiteral("clerk")).isEmpty());

    ASSERT_EQ(addCompany(*clerk, m_clerk, QStringLiteral("001234567000089")), QString());
    // The clerk's login proposes; a decision without an approved proposal is refused.
    ASSERT_EQ(clerk->exec(QStringLiteral("INSERT INTO proposals (kind, company_id, request, "
                                         "proposed_by, proposed_at) SELECT 'grant', id, '{}', "
                                         "'%1', '2026-11-26T10:00:00' FROM companies")
                              .arg(m_clerk)),
              QString());
    ASSERT_EQ(owner->exec(QStringLiteral("INSERT INTO rights (company_id, kind, number, "
                                         "valid_from) SELECT id, 'authorization', 'AUT-1', "
                                         "'2026-11-26' FROM companies")),
              QString());
    const QString decision =
        QStringLiteral("INSERT INTO decisions (right_id, type, effective_date, reference, "
                       "decision_date, entered_by, entered_at, proposal_id) SELECT r.id, 'grant', "
                       "'2026-11-26', 'D-1', '2026-11-26', '%1', '2026-11-26T11:00:00', %2 FROM "
                       "rights r");
    EXPECT_TRUE(owner->exec(decision.arg(approver, QStringLiteral("NULL")))
                    .contains(QStringLiteral("needs a proposal")));
    EXPECT_TRUE(clerk->exec(decision.arg(m_clerk, QStringLiteral("(SELECT id FROM proposals)")))
                    .contains(QStringLiteral("needs a proposal")));
    // Never approved by its proposer; once decided, final.
    EXPECT_TRUE(owner
                    ->exec(QStringLiteral("UPDATE proposals SET status = 'approved', decided_by = "
                                          "proposed_by, decided_at = 'x'"))
                    .contains(QStringLiteral("check")));
    ASSERT_EQ(owner->exec(decision.arg(approver, QStringLiteral("(SELECT id FROM proposals)"))),
              QString());
    ASSERT_EQ(owner->exec(QStringLiteral("UPDATE proposals SET status = 'approved', decided_by = "
                                         "'%1', decided_at = '2026-11-26T11:00:00'")
                              .arg(approver)),
              QString());
    EXPECT_TRUE(owner->exec(QStringLiteral("UPDATE proposals SET reason = 'x'"))
                    .contains(QStringLiteral("final")));
    EXPECT_TRUE(owner->exec(QStringLiteral("DELETE FROM proposals"))
                    .contains(QStringLiteral("never deleted")));
}

// Step 8: a clerk's grant is counted in the statistics' yearly counts by the server's triggers,
// which run as the schema's owner: the clerk may read the counts, not write them, nor call the
// function that adds to them.
TEST_F(PostgresSchemaTest, AClerksGrantIsCountedButTheClerkCannotWriteTheCounts)
{
    addGrantedAuthorization();
    EXPECT_EQ(clerk
                  ->value(QStringLiteral("SELECT tally FROM yearly_counts WHERE year = 2026 "
                                         "AND event = 'grant'"))
                  .toLongLong(),
              1);
    EXPECT_EQ(clerk
                  ->value(QStringLiteral("SELECT tally FROM yearly_counts WHERE year = 2026 "
                                         "AND event = 'entrant'"))
                  .toLongLong(),
              1);
    EXPECT_TRUE(clerk->exec(QStringLiteral("UPDATE yearly_counts SET tally = 9"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(clerk->exec(QStringLiteral("INSERT INTO yearly_counts VALUES (2020, 'grant', 9)"))
                    .contains(QStringLiteral("permission denied")));
    EXPECT_TRUE(
        clerk->exec(QStringLiteral("SELECT cinereg_count_per_year('2020-01-01', 'grant', 9)"))
            .contains(QStringLiteral("permission denied")));
    // A second authorization of the same company, starting earlier, moves its entrant's year.
    ASSERT_EQ(clerk->exec(QStringLiteral("INSERT INTO rights (company_id, kind, number, "
                                         "valid_from) SELECT id, 'authorization', "
                                         "'AUT-2019-0001', '2019-04-01' FROM companies")),
              QString());
    EXPECT_EQ(owner
                  ->value(QStringLiteral("SELECT string_agg(year || ':' || event || '=' || "
                                         "tally, ',' ORDER BY year, event) FROM yearly_counts "
                                         "WHERE tally <> 0"))
                  .toString(),
              QStringLiteral("2019:entrant=1,2026:grant=1"));
}
