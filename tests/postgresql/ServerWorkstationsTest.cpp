// Several workstations (cinereg-cli processes) on one server register at once: conflicting
// decisions never both succeed, numbers are never given twice nor skipped, and many writers lose
// nothing. Also: a clerk's own login (a member of cinereg_clerk, no superuser) does a clerk's
// work through the program, is recorded as the author whatever --user claims, and cannot rewrite
// the history with psql.
#include "../store/CliProcesses.h"
#include "CliRunner.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QUrl>

using namespace cinereg::test;

namespace {
QStringList on(const QString& db, const QStringList& arguments)
{
    return QStringList{QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                       QStringLiteral("--json")} +
           arguments;
}

QStringList authorizationGrant(qint64 company, const QString& from)
{
    return {QStringLiteral("authorization"),
            QStringLiteral("grant"),
            QString::number(company),
            QStringLiteral("--decision"),
            QStringLiteral("AUT/%1").arg(company),
            QStringLiteral("--from"),
            from};
}

struct Finished
{
    int code = -1;
    QString out;
    QString err;
};

// Starts every command at once, then waits for all.
QVector<Finished> together(const QVector<QStringList>& commands, const QString& data)
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QStringList& arguments : commands) {
        processes.push_back(std::make_unique<QProcess>());
        startCli(*processes.back(), arguments, data);
    }
    QVector<Finished> out;
    for (auto& p : processes) {
        p->waitForFinished(120000);
        out.append({p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1,
                    QString::fromUtf8(p->readAllStandardOutput()),
                    QString::fromUtf8(p->readAllStandardError())});
    }
    return out;
}
} // namespace

TEST(ServerWorkstations, OverlappingGrantsOfTheSameRightNeverBothWin)
{
    CliRunner cli;
    const QString data = cli.tempPath(QStringLiteral("data"));
    for (int round = 0; round < 4; ++round) {
        const qint64 company = cli.addCompany(round + 1);
        const QVector<Finished> done =
            together({on(cli.dbPath(), authorizationGrant(company, QStringLiteral("2026-01-05"))),
                      on(cli.dbPath(), authorizationGrant(company, QStringLiteral("2026-02-01")))},
                     data);
        int won = 0;
        for (const Finished& f : done) {
            ASSERT_TRUE(f.code == 0 || f.code == 1) << f.err.toStdString();
            won += f.code == 0;
            if (f.code == 1) {
                EXPECT_FALSE(f.err.isEmpty());
            }
        }
        EXPECT_EQ(won, 1) << "round " << round;
        const CliResult shown = cli.run({QStringLiteral("--json"), QStringLiteral("company"),
                                         QStringLiteral("show"), QString::number(company)});
        ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
        EXPECT_EQ(shown.out.count(QStringLiteral("\"AUT-")), 1) << shown.out.toStdString();
    }
}

TEST(ServerWorkstations, SimultaneousNumbersAreDistinctWithoutAGap)
{
    CliRunner cli;
    const QString data = cli.tempPath(QStringLiteral("data"));
    constexpr int Writers = 6;
    QVector<QStringList> grants;
    for (int w = 0; w < Writers; ++w)
        grants.append(on(cli.dbPath(),
                         authorizationGrant(cli.addCompany(w + 1), QStringLiteral("2026-01-05"))));
    QStringList numbers;
    for (const Finished& f : together(grants, data)) {
        ASSERT_EQ(f.code, 0) << f.err.toStdString();
        numbers.append(QJsonDocument::fromJson(f.out.toUtf8())
                           .object()
                           .value(QStringLiteral("number"))
                           .toString());
    }
    numbers.sort();
    QStringList expected;
    for (int n = 1; n <= Writers; ++n)
        expected.append(QStringLiteral("AUT-2026-%1").arg(n, 4, 10, QLatin1Char('0')));
    EXPECT_EQ(numbers, expected);
}

TEST(ServerWorkstations, SimultaneousCertificatesGetDistinctNumbersWithoutAGap)
{
    CliRunner cli;
    const QString data = cli.tempPath(QStringLiteral("data"));
    ASSERT_EQ(cli.run({QStringLiteral("key"), QStringLiteral("create")}).exitCode, 0);
    constexpr int Clerks = 4;
    QVector<QStringList> issues;
    for (int c = 0; c < Clerks; ++c) {
        const qint64 company = cli.addCompany(c + 1);
        cli.grant(authorizationGrant(company, iso(-100)));
        const qint64 accreditation = cli.grant(
            {QStringLiteral("accreditation"), QStringLiteral("grant"), QString::number(company),
             QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
             QStringLiteral("AEN/%1").arg(c), QStringLiteral("--from"), iso(-50)});
        issues.append(on(cli.dbPath(), {QStringLiteral("certificate"), QStringLiteral("issue"),
                                        QString::number(accreditation), QStringLiteral("--out"),
                                        cli.tempPath(QStringLiteral("c%1.pdf").arg(c))}));
    }
    // The key's file is where CliRunner keeps it.
    QStringList numbers;
    for (const Finished& f : together(issues, cli.tempPath(QStringLiteral("data")))) {
        ASSERT_EQ(f.code, 0) << f.err.toStdString();
        numbers.append(QJsonDocument::fromJson(f.out.toUtf8())
                           .object()
                           .value(QStringLiteral("number"))
                           .toString());
    }
    numbers.sort();
    QStringList sequence;
    for (const QString& number : numbers)
        sequence.append(number.section(QLatin1Char('-'), -1));
    QStringList expected;
    for (int n = 1; n <= Clerks; ++n)
        expected.append(QStringLiteral("%1").arg(n, 4, 10, QLatin1Char('0')));
    EXPECT_EQ(sequence, expected) << numbers.join(QLatin1Char(' ')).toStdString();
}

TEST(ServerWorkstations, ManyWritersLoseNothingAndTheAuditChainHolds)
{
    CliRunner cli;
    const QString data = cli.tempPath(QStringLiteral("data"));
    constexpr int Writers = 8;
    QVector<QStringList> adds;
    for (int w = 0; w < Writers; ++w) {
        QStringList arguments = companyAddArguments(cli.dbPath(), w + 1);
        arguments.prepend(QStringLiteral("--json"));
        adds.append(arguments);
    }
    int added = 0;
    for (const Finished& f : together(adds, data)) {
        ASSERT_TRUE(f.code == 0 || f.code == 1) << f.err.toStdString();
        if (f.code == 1)
            EXPECT_TRUE(f.err.contains(QStringLiteral("another workstation")))
                << f.err.toStdString();
        added += f.code == 0;
    }
    EXPECT_GE(added, Writers - 1) << "retries let (almost) every writer through";
    const CliResult list =
        cli.run({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), added);
    const CliResult check = cli.run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST(ServerWorkstations, AClerksLoginWorksIsRecordedAndCannotRewriteTheHistory)
{
    CliRunner cli; // the register, created by its owner
    ASSERT_EQ(TestServer::asSuperuser(
                  cli.dbPath(), QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles "
                                               "WHERE rolname = 'nadia') THEN CREATE ROLE nadia "
                                               "LOGIN IN ROLE cinereg_clerk; END IF; END $$")),
              QString());
    QUrl url(cli.dbPath());
    url.setUserName(QStringLiteral("nadia"));
    const QString asNadia = url.toString();
    QStringList add = companyAddArguments(asNadia, 1);
    add.prepend(QStringLiteral("--json"));
    QString err;
    ASSERT_EQ(runCli(add, cli.tempPath(QStringLiteral("data")), &err), 0) << err.toStdString();
    ASSERT_EQ(runCli(on(asNadia, authorizationGrant(1, QStringLiteral("2026-01-05"))),
                     cli.tempPath(QStringLiteral("data")), &err),
              0)
        << err.toStdString();
    // --user said "clerk": the server's login is what is recorded.
    const CliResult audit =
        cli.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                 QStringLiteral("--entity"), QStringLiteral("company")});
    ASSERT_EQ(audit.exitCode, 0) << audit.err.toStdString();
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    ASSERT_FALSE(entries.isEmpty()) << audit.out.toStdString();
    for (const QJsonValue& entry : entries)
        EXPECT_EQ(entry.toObject().value(QStringLiteral("user")).toString(),
                  QStringLiteral("nadia"))
            << "--user said clerk1: the server's login is what is recorded";

    // nadia with psql: no UPDATE or DELETE on a decision or the audit trail.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("nadia"));
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(QStringLiteral("nadia"));
    db.setDatabaseName(url.path().mid(1));
    ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
    for (const QString& sql :
         {QStringLiteral("UPDATE decisions SET reference = 'X'"),
          QStringLiteral("DELETE FROM decisions"),
          QStringLiteral("UPDATE audit SET details = '{}'"), QStringLiteral("DELETE FROM audit")}) {
        QSqlQuery q(db);
        EXPECT_FALSE(q.exec(sql)) << sql.toStdString();
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("nadia"));
    EXPECT_EQ(cli.run({QStringLiteral("check")}).exitCode, 0);
}

TEST(ServerWorkstations, ARegisterFromANewerProgramIsRefusedAndUntouched)
{
    CliRunner cli;
    ASSERT_EQ(cli.run({QStringLiteral("company"), QStringLiteral("list")}).exitCode, 0);
    ASSERT_EQ(
        TestServer::asSuperuser(cli.dbPath(), QStringLiteral("INSERT INTO schema_version (version, "
                                                             "migrated_at) VALUES (99, 'later')")),
        QString());
    const CliResult r = cli.run({QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("newer version"))) << r.err.toStdString();
}
