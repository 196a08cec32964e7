// Four cinereg-cli processes writing at once on one file: no acknowledged write lost, no number
// given twice, and a file that stays locked gets exit 3 and the documented message.
#include "CliProcesses.h"

#include <gtest/gtest.h>
#include <QDate>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryFile>

using namespace cinereg::test;

namespace {
QStringList grantArguments(const QString& db, qint64 company)
{
    return {QStringLiteral("--db"),       db,
            QStringLiteral("--lang"),     QStringLiteral("en"),
            QStringLiteral("--json"),     QStringLiteral("authorization"),
            QStringLiteral("grant"),      QString::number(company),
            QStringLiteral("--decision"), QStringLiteral("AUT/%1").arg(company),
            QStringLiteral("--from"),     QStringLiteral("2026-01-05")};
}
} // namespace

TEST(Concurrency, FourWritersLoseNothingAndNeverShareANumber)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.cinereg"));
    const QString data = dir.filePath(QStringLiteral("data"));
    constexpr int Writers = 4;
    constexpr int Rounds = 10;
    QSet<QString> acknowledgedIces;
    QStringList numbers;
    int locked = 0;
    for (int round = 0; round < Rounds; ++round) {
        // Each writer adds a company; then each grants that company an authorization (a number).
        QProcess adds[Writers];
        for (int w = 0; w < Writers; ++w)
            startCli(adds[w],
                     QStringList{QStringLiteral("--json")} +
                         companyAddArguments(db, round * Writers + w + 1),
                     data);
        QVector<qint64> ids;
        for (int w = 0; w < Writers; ++w) {
            ASSERT_TRUE(adds[w].waitForFinished(60000));
            ASSERT_EQ(adds[w].exitStatus(), QProcess::NormalExit) << "crashed";
            const int code = adds[w].exitCode();
            const QString err = QString::fromUtf8(adds[w].readAllStandardError());
            ASSERT_TRUE(code == 0 || code == 3) << err.toStdString();
            if (code == 3) {
                EXPECT_TRUE(err.contains(QStringLiteral("locked"))) << err.toStdString();
                ++locked;
                continue;
            }
            acknowledgedIces.insert(sampleCompany(round * Writers + w + 1).ice);
            ids.append(QJsonDocument::fromJson(adds[w].readAllStandardOutput())
                           .object()
                           .value(QStringLiteral("id"))
                           .toInteger());
        }
        QVector<QProcess*> grants;
        for (qint64 id : ids) {
            grants.append(new QProcess);
            startCli(*grants.last(), grantArguments(db, id), data);
        }
        for (QProcess* g : grants) {
            ASSERT_TRUE(g->waitForFinished(60000));
            ASSERT_EQ(g->exitStatus(), QProcess::NormalExit) << "crashed";
            if (g->exitCode() == 0)
                numbers.append(QJsonDocument::fromJson(g->readAllStandardOutput())
                                   .object()
                                   .value(QStringLiteral("number"))
                                   .toString());
            else
                EXPECT_EQ(g->exitCode(), 3) << g->readAllStandardError().toStdString();
            delete g;
        }
    }
    for (const QString& ice : std::as_const(acknowledgedIces))
        EXPECT_EQ(
            rawValue(db, QStringLiteral("SELECT count(*) FROM companies WHERE ice = '%1'").arg(ice))
                .toInt(),
            1);
    EXPECT_EQ(rawValue(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(),
              acknowledgedIces.size());
    QSet<QString> distinct(numbers.cbegin(), numbers.cend());
    EXPECT_EQ(distinct.size(), numbers.size()) << "a number was given twice";
    EXPECT_EQ(rawValue(db, QStringLiteral("SELECT count(*) FROM rights")).toInt(), numbers.size());
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}, data), 0);
    std::cout << acknowledgedIces.size() << " companies, " << numbers.size() << " numbers, "
              << locked << " refused as locked" << std::endl;
}

namespace {
QString daysFromToday(int days)
{
    return QDate::currentDate().addDays(days).toString(Qt::ISODate);
}

// The sequence of each number of a series ("ATT-AEN-2026-0003" → 3), sorted.
QVector<int> sequences(const QString& db, const QString& sql)
{
    QVector<int> found;
    {
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("numbers"));
        raw.setDatabaseName(db);
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        EXPECT_TRUE(raw.open());
        QSqlQuery q(raw);
        EXPECT_TRUE(q.exec(sql));
        while (q.next())
            found.append(q.value(0).toString().section(QLatin1Char('-'), -1).toInt());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("numbers"));
    std::sort(found.begin(), found.end());
    return found;
}

QVector<int> oneTo(int n)
{
    QVector<int> all;
    for (int i = 1; i <= n; ++i)
        all.append(i);
    return all;
}
} // namespace

// Certificates and dossier receipts are numbered by the same numbering service as rights: many
// programs numbering at once in two series never share a number and leave no gap.
TEST(Concurrency, CertificatesAndReceiptsNumberedAtOnceAreDistinctAndGapFree)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.cinereg"));
    const QString data = dir.filePath(QStringLiteral("data"));
    const QStringList base{QStringLiteral("--db"), db, QStringLiteral("--lang"),
                           QStringLiteral("en")};
    ASSERT_EQ(runCli(base + QStringList{QStringLiteral("key"), QStringLiteral("create")}, data), 0);
    constexpr int Companies = 5;
    QVector<qint64> accreditations;
    for (int n = 1; n <= Companies; ++n) {
        ASSERT_EQ(runCli(companyAddArguments(db, n), data), 0);
        ASSERT_EQ(
            runCli(base + QStringList{QStringLiteral("authorization"), QStringLiteral("grant"),
                                      QString::number(n), QStringLiteral("--decision"),
                                      QStringLiteral("A-%1").arg(n), QStringLiteral("--from"),
                                      daysFromToday(-100)},
                   data),
            0);
        ASSERT_EQ(
            runCli(base + QStringList{QStringLiteral("accreditation"), QStringLiteral("grant"),
                                      QString::number(n), QStringLiteral("--tier"),
                                      QStringLiteral("national"), QStringLiteral("--decision"),
                                      QStringLiteral("N-%1").arg(n), QStringLiteral("--from"),
                                      daysFromToday(-50)},
                   data),
            0);
        accreditations.append(
            rawValue(db, QStringLiteral("SELECT max(id) FROM rights")).toLongLong());
    }
    QVector<QProcess*> issues;
    QVector<QProcess*> filings;
    for (int n = 1; n <= Companies; ++n) {
        issues.append(new QProcess);
        startCli(*issues.last(),
                 base + QStringList{QStringLiteral("certificate"), QStringLiteral("issue"),
                                    QString::number(accreditations.at(n - 1)),
                                    QStringLiteral("--out"),
                                    dir.filePath(QStringLiteral("c%1.pdf").arg(n))},
                 data);
        for (int copy = 0; copy < 2; ++copy) {
            filings.append(new QProcess);
            startCli(*filings.last(),
                     base + QStringList{QStringLiteral("application"), QStringLiteral("file"),
                                        QString::number(n), QStringLiteral("--for"),
                                        QStringLiteral("international"),
                                        QStringLiteral("--received"), daysFromToday(0)},
                     data);
        }
    }
    // Only a file locked past the busy timeout may refuse (exit 3); counts the successes.
    const auto finish = [](QVector<QProcess*>& processes) {
        int succeeded = 0;
        for (QProcess* p : std::as_const(processes)) {
            EXPECT_TRUE(p->waitForFinished(120000));
            EXPECT_EQ(p->exitStatus(), QProcess::NormalExit) << "crashed";
            if (p->exitCode() == 0)
                ++succeeded;
            else
                EXPECT_EQ(p->exitCode(), 3) << p->readAllStandardError().toStdString();
            delete p;
        }
        return succeeded;
    };
    const int issued = finish(issues);
    const int filed = finish(filings);
    EXPECT_GT(issued + filed, 0);
    const QVector<int> certificates =
        sequences(db, QStringLiteral("SELECT number FROM certificates"));
    const QVector<int> receipts = sequences(db, QStringLiteral("SELECT receipt FROM applications"));
    ASSERT_EQ(certificates.size(), issued);
    ASSERT_EQ(receipts.size(), filed);
    // A receipt is numbered in the transaction that files the dossier: never a gap.
    EXPECT_EQ(receipts, oneTo(filed)) << "a receipt twice or a gap";
    // Certificates are numbered before the pages are drawn; one whose recording then finds the
    // file locked keeps its number unused (a gap), but a number is never given twice.
    EXPECT_EQ(QSet<int>(certificates.cbegin(), certificates.cend()).size(), issued)
        << "a certificate number given twice";
    if (issued == Companies) {
        EXPECT_EQ(certificates, oneTo(issued)) << "a gap with every certificate recorded";
    }
    EXPECT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("check")}, data), 0);
    std::cout << issued << " certificates, " << filed << " dossiers" << std::endl;
}

TEST(Concurrency, AFileLockedPastTheBusyTimeoutGetsExit3AndTheMessage)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.cinereg"));
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_EQ(runCli(companyAddArguments(db, 1), data), 0);
    QSqlDatabase holder =
        QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(db);
    ASSERT_TRUE(holder.open());
    {
        QSqlQuery q(holder);
        ASSERT_TRUE(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // another program's long write
        QElapsedTimer waited;
        waited.start();
        QString err;
        EXPECT_EQ(runCli(companyAddArguments(db, 2), data, &err), 3);
        EXPECT_GE(waited.elapsed(), 4500); // the 5 s busy timeout, not at once
        EXPECT_TRUE(err.contains(QStringLiteral("locked by another user"))) << err.toStdString();
        q.exec(QStringLiteral("ROLLBACK"));
    }
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
    EXPECT_EQ(runCli(companyAddArguments(db, 2), data), 0);
}
