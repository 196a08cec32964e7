// cinereg-cli killed with SIGKILL at random moments while writing: after each kill the register
// passes `check` and SQLite's integrity check, and every write acknowledged (exit 0) is there.
#include "CliProcesses.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

using namespace cinereg::test;

TEST(CrashSafety, KilledWritersLeaveASoundRegisterWithEveryAcknowledgedWrite)
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("register.cinereg"));
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_EQ(runCli(companyAddArguments(db, 1), data), 0);
    QSet<QString> acknowledged{sampleCompany(1).ice};
    // How long one write takes here: the kills are spread over that span (and a little after),
    // so that a fast machine does not finish most writes before the kill comes.
    QElapsedTimer oneWrite;
    oneWrite.start();
    ASSERT_EQ(runCli(companyAddArguments(db, 2), data), 0);
    acknowledged.insert(sampleCompany(2).ice);
    const int span = std::max(20, int(oneWrite.elapsed() * 5 / 4));
    QRandomGenerator random(20261126); // reproducible
    QElapsedTimer budget;
    budget.start();
    int kills = 0;
    for (int round = 0; round < 100 || (round < 400 && kills < 100); ++round) {
        if (budget.elapsed() > 150000)
            break; // bounded: a loaded machine runs fewer rounds, reported below
        const int n = 1000 + round;
        QProcess writer;
        startCli(writer, companyAddArguments(db, n), data);
        ASSERT_TRUE(writer.waitForStarted());
        // Anywhere from before the file is opened to after the commit.
        writer.waitForFinished(int(random.bounded(span)));
        if (writer.state() != QProcess::NotRunning) {
            writer.kill(); // SIGKILL
            writer.waitForFinished();
            ++kills;
        } else if (writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0) {
            acknowledged.insert(sampleCompany(n).ice);
        }
        QString err;
        ASSERT_EQ(runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"),
                          QStringLiteral("en"), QStringLiteral("check")},
                         data, &err),
                  0)
            << "round " << round << ": " << err.toStdString();
        ASSERT_EQ(rawValue(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                  QStringLiteral("ok"));
        // Nothing half applied: each company has its audit entry, and the reverse.
        ASSERT_EQ(rawValue(db, QStringLiteral("SELECT count(*) FROM companies")).toInt(),
                  rawValue(db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = "
                                              "'company' AND action = 'register'"))
                      .toInt());
        for (const QString& ice : std::as_const(acknowledged))
            ASSERT_EQ(
                rawValue(db,
                         QStringLiteral("SELECT count(*) FROM companies WHERE ice = '%1'").arg(ice))
                    .toInt(),
                1)
                << "acknowledged company " << ice.toStdString() << " lost";
    }
    RecordProperty("kills", kills);
    RecordProperty("acknowledged", int(acknowledged.size()));
    std::cout << kills << " kills, " << acknowledged.size() << " acknowledged writes, "
              << budget.elapsed() / 1000 << " s (kills within " << span << " ms of the start)"
              << std::endl;
    EXPECT_GE(kills, 100);
}
