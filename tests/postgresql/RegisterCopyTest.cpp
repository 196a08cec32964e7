// A workstation's register moved up to the server (restore) and a server register written back
// down to a file (backup): everything copied, `check` passing on both, the clerk's listings
// identical. Runs on the test cluster (CINEREG_TEST_PG, label postgresql).
#include "store/RegisterCopy.h"

#include "applications/ApplicationService.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/Register.h"
#include "services/RestoreService.h"
#include "store/Database.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cinereg::test {
namespace {

const QDate Today = QDate::currentDate(); // the CLI's clock is the real one

struct Output
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The real cinereg-cli on `db`, with the test's own data folder (keys, witnesses).
Output cli(const QTemporaryDir& dir, const QString& db, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(
        QStringLiteral(CINEREG_CLI_PATH),
        QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en")} +
            arguments);
    process.waitForFinished(300000);
    Output o;
    o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

// A workstation's register with everything a register holds: generated companies and histories
// (suspensions, revocations, renewals, productions), dossiers at every stage, certificates signed
// by a key named in the settings, and an open dossier with a scan.
struct Workstation
{
    QTemporaryDir dir;
    QString file = dir.filePath(QStringLiteral("workstation.cinereg"));
    QByteArray scan;
    qint64 dossier = 0;

    Workstation()
    {
        qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
        FixedClock clock(Today);
        Register reg(file, clock, QStringLiteral("amina"));
        GeneratorOptions options;
        options.companies = 60;
        options.today = Today;
        generateRegister(reg, options);
        const Outcome<int> issued =
            issueDemoCertificates(reg, dir.filePath(QStringLiteral("ccm.key")), 5);
        EXPECT_TRUE(issued.ok() && issued.value() > 0);
        const qint64 company = reg.companies().add(sampleCompany(900)).value();
        NewApplication a;
        a.companyId = company;
        a.kind = RightKind::Authorization;
        a.received = Today;
        const auto filed = ApplicationService(reg).file(a);
        EXPECT_TRUE(filed.ok());
        dossier = filed.ok() ? filed.value().id : 0;
        for (int i = 0; i < 5000; ++i)
            scan.append(char(i * 7 % 256)); // every byte value, zeros included
        EXPECT_TRUE(
            ApplicationService(reg)
                .recordPiece(dossier, PieceKind::Statutes, Today, QStringLiteral("s.pdf"), scan)
                .ok());
        EXPECT_EQ(reg.integrity().findings(), QStringList());
    }
};

class RegisterCopyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!TestServer::active())
            GTEST_SKIP() << "needs the test cluster (CINEREG_TEST_PG)";
        server = TestServer::freshRegister(QStringLiteral("cinereg_owner"));
    }
    void TearDown() override
    {
        if (!server.isEmpty())
            TestServer::drop(server);
    }
    QString server;
};

QStringList listings(const QTemporaryDir& dir, const QString& db)
{
    QStringList out;
    const Output list =
        cli(dir, db, {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(list.exitCode, 0) << list.err.toStdString();
    out.append(list.out);
    out.append(cli(dir, db, {QStringLiteral("company"), QStringLiteral("list")}).out);
    // The rebuilt search index finds what the copied one found.
    for (const QString& text :
         {QStringLiteral("films"), QStringLiteral("pr"), QStringLiteral("ma")})
        out.append(cli(dir, db,
                       {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list"),
                        QStringLiteral("--search"), text})
                       .out);
    out.append(cli(dir, db,
                   {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list"),
                    QStringLiteral("--status"), QStringLiteral("suspended")})
                   .out);
    const QJsonArray companies = QJsonDocument::fromJson(list.out.toUtf8()).array();
    EXPECT_GT(companies.size(), 50);
    // Every third company's page (a process each: the whole list would be slow to run thrice).
    for (qsizetype i = 0; i < companies.size(); i += 3) {
        const QString id =
            QString::number(companies.at(i).toObject().value(QStringLiteral("id")).toInteger());
        out.append(
            cli(dir, db,
                {QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("show"), id})
                .out);
    }
    out.append(cli(dir, db,
                   {QStringLiteral("company"), QStringLiteral("show"),
                    QString::number(companies.at(0).toObject().value("id").toInteger())})
                   .out);
    out.append(
        cli(dir, db, {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")})
            .out);
    out.append(cli(dir, db, {QStringLiteral("audit"), QStringLiteral("list")}).out);
    return out;
}

TEST_F(RegisterCopyTest, AWorkstationsRegisterMovesUpWholeAndComesBackDown)
{
    Workstation w;
    const Output restored = cli(w.dir, server, {QStringLiteral("restore"), w.file});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();

    const Output fileCheck = cli(w.dir, w.file, {QStringLiteral("check")});
    EXPECT_EQ(fileCheck.exitCode, 0) << fileCheck.out.toStdString() << fileCheck.err.toStdString();
    const Output serverCheck = cli(w.dir, server, {QStringLiteral("check")});
    EXPECT_EQ(serverCheck.exitCode, 0)
        << serverCheck.out.toStdString() << serverCheck.err.toStdString();
    const QStringList onFile = listings(w.dir, w.file);
    EXPECT_EQ(listings(w.dir, server), onFile);

    // The scan, byte for byte; the audit chain as it was, its authors included.
    {
        FixedClock clock(Today);
        Register up(server, clock, {});
        const std::optional<Attachment> scan =
            ApplicationService(up).attachment(w.dossier, PieceKind::Statutes);
        ASSERT_TRUE(scan.has_value());
        EXPECT_EQ(scan->data, w.scan);
        const QVector<AuditEntry> trail = up.integrity().auditTrail();
        ASSERT_FALSE(trail.isEmpty());
        EXPECT_EQ(trail.first().user, QStringLiteral("amina"));
        // The server goes on numbering after the copied ids, as its own login.
        const Outcome<qint64> added = up.companies().add(sampleCompany(901));
        ASSERT_TRUE(added.ok());
        const Register down(w.file, clock, QStringLiteral("amina"));
        EXPECT_GT(added.value(), down.companies().count({}));
        EXPECT_EQ(up.integrity().auditTrail().last().user, QStringLiteral("cinereg_owner"));
        EXPECT_EQ(up.integrity().findings(), QStringList());
    }

    // Back down: the server's register as an ordinary file, which check passes and which lists
    // as the server does.
    const QString backup = w.dir.filePath(QStringLiteral("from-server.cinereg"));
    const Output saved = cli(w.dir, server, {QStringLiteral("backup"), backup});
    ASSERT_EQ(saved.exitCode, 0) << saved.err.toStdString();
    const Output backupCheck = cli(w.dir, backup, {QStringLiteral("check")});
    EXPECT_EQ(backupCheck.exitCode, 0)
        << backupCheck.out.toStdString() << backupCheck.err.toStdString();
    EXPECT_EQ(listings(w.dir, backup), listings(w.dir, server));
    {
        FixedClock clock(Today);
        const Register file(backup, clock, QStringLiteral("amina"));
        const std::optional<Attachment> scan =
            ApplicationService(file).attachment(w.dossier, PieceKind::Statutes);
        ASSERT_TRUE(scan.has_value());
        EXPECT_EQ(scan->data, w.scan);
    }
    // A backup never overwrites a file.
    EXPECT_EQ(cli(w.dir, server, {QStringLiteral("backup"), backup}).exitCode, 1);
}

TEST_F(RegisterCopyTest, ARegisterThatHoldsRecordsIsRefusedAndLeftAsItWas)
{
    Workstation w;
    FixedClock clock(Today);
    qint64 entries = 0;
    {
        Register up(server, clock, {});
        ASSERT_TRUE(up.companies().add(sampleCompany(5)).ok());
        entries = up.integrity().auditTrail().size();
    }
    const Output refused = cli(w.dir, server, {QStringLiteral("restore"), w.file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("not empty"))) << refused.err.toStdString();
    const Register up(server, clock, {});
    EXPECT_EQ(up.companies().count({}), 1);
    EXPECT_EQ(up.integrity().auditTrail().size(), entries);
}

TEST_F(RegisterCopyTest, ARegisterOpenedOnceButEmptyTakesTheCopy)
{
    Workstation w;
    {
        FixedClock clock(Today);
        const Register opened(server, clock, {}); // writes the trail's "create" entry
    }
    const Output restored = cli(w.dir, server, {QStringLiteral("restore"), w.file});
    ASSERT_EQ(restored.exitCode, 0) << restored.err.toStdString();
    const Output checked = cli(w.dir, server, {QStringLiteral("check")});
    EXPECT_EQ(checked.exitCode, 0) << checked.out.toStdString() << checked.err.toStdString();
}

TEST_F(RegisterCopyTest, AClerksLoginMayNotRestore)
{
    Workstation w;
    ASSERT_EQ(TestServer::asSuperuser(
                  server, QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE "
                                         "rolname = 'copy_clerk') THEN CREATE ROLE copy_clerk "
                                         "LOGIN IN ROLE cinereg_clerk; END IF; END $$")),
              QString());
    QString clerk = server;
    clerk.replace(QStringLiteral("cinereg_owner@"), QStringLiteral("copy_clerk@"));
    const Output refused = cli(w.dir, clerk, {QStringLiteral("restore"), w.file});
    EXPECT_EQ(refused.exitCode, 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains(QStringLiteral("owner"))) << refused.err.toStdString();
    FixedClock clock(Today);
    const Register up(server, clock, {});
    EXPECT_EQ(up.companies().count({}), 0);
}

TEST_F(RegisterCopyTest, AFileFailingItsCheckIsNotCopied)
{
    Workstation w;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(w.file);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE companies SET city = 'Tanger' WHERE id = 1")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Output refused = cli(w.dir, server, {QStringLiteral("restore"), w.file});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains(QStringLiteral("fails the register's check")))
        << refused.err.toStdString();
    FixedClock clock(Today);
    const Register up(server, clock, {});
    EXPECT_EQ(up.companies().count({}), 0);
}

// Every table of a register is either copied or rebuilt: a table added by a later schema step
// must be named in RegisterCopy, or this fails.
TEST_F(RegisterCopyTest, EveryTableIsCopiedOrRebuilt)
{
    const QStringList known = RegisterCopy::copiedTables() + RegisterCopy::rebuiltTables();
    {
        const Database db(server);
        QSqlQuery q = db.run(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = "
                                            "'public' AND tablename <> 'schema_version'"));
        while (q.next())
            EXPECT_TRUE(known.contains(q.value(0).toString()))
                << q.value(0).toString().toStdString();
    }
    QTemporaryDir dir;
    const Database file(dir.filePath(QStringLiteral("r.cinereg")));
    QSqlQuery q = file.run(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND "
        "name NOT LIKE 'company_search_%' AND name NOT LIKE 'company_words_%'"));
    while (q.next())
        EXPECT_TRUE(known.contains(q.value(0).toString())) << q.value(0).toString().toStdString();
}

} // namespace
} // namespace cinereg::test
