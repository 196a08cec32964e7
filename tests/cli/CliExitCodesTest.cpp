// The CLI contract's exit codes and JSON shapes, through the real executable.
#include "CliRunner.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg::test;

namespace {
QByteArray digest(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int auditCount(const CliRunner& cli)
{
    return cli.run({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list")})
        .json()
        .array()
        .size();
}
} // namespace

TEST(CliExitCodes, AddPrintsTheIdAndExitsZero)
{
    CliRunner cli;
    const qint64 first = cli.addCompany(1);
    const qint64 second = cli.addCompany(2);
    EXPECT_GT(first, 0);
    EXPECT_EQ(second, first + 1);
}

TEST(CliExitCodes, BadIceIsRefusedWithTheFieldNamedAndNothingWritten)
{
    CliRunner cli;
    cli.addCompany(1);
    const int before = auditCount(cli);
    const CliResult r =
        cli.run({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("add"),
                 QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--form"),
                 QStringLiteral("SARL"), QStringLiteral("--rc"), QStringLiteral("77"),
                 QStringLiteral("--rc-court"), QStringLiteral("Rabat"), QStringLiteral("--ice"),
                 QStringLiteral("001561191000065"), QStringLiteral("--address"),
                 QStringLiteral("a"), QStringLiteral("--city"), QStringLiteral("Rabat")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << "with --json, errors leave stdout empty";
    EXPECT_TRUE(r.err.contains(QStringLiteral("--ice"))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("ice-key-unconfirmed")));
    EXPECT_EQ(auditCount(cli), before);
}

TEST(CliExitCodes, UsageErrorsExitTwo)
{
    CliRunner cli;
    EXPECT_EQ(cli.run({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_EQ(cli.run({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--bogus")})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Only a name")})
                  .exitCode,
              2);
    EXPECT_EQ(cli.run({QStringLiteral("company"), QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(cli.run({}).exitCode, 2);
    EXPECT_EQ(cli.run({QStringLiteral("--help")}).exitCode, 0);
    EXPECT_EQ(cli.run({QStringLiteral("company"), QStringLiteral("add"), QStringLiteral("--help")})
                  .exitCode,
              0);
}

TEST(CliExitCodes, AGroupListsItsOwnCommands)
{
    CliRunner cli;
    const CliResult help = cli.run({QStringLiteral("company"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("company add")));
    EXPECT_TRUE(help.out.contains(QStringLiteral("company show")));
    EXPECT_FALSE(help.out.contains(QStringLiteral("authorization grant")));

    const CliResult bare = cli.run({QStringLiteral("company")});
    EXPECT_EQ(bare.exitCode, 2);
    EXPECT_TRUE(bare.err.contains(QStringLiteral("company add")));

    const CliResult unknown = cli.run({QStringLiteral("company"), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("company frobnicate")));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("company list")));
}

TEST(CliExitCodes, AnUnreachableServerExitsThreeSayingWhich)
{
    CliRunner cli;
    const CliResult r =
        cli.run({QStringLiteral("--db"), QStringLiteral("postgresql://clerk@127.0.0.1:1/cinereg"),
                 QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains(QStringLiteral("Cannot connect"))) << qPrintable(r.err);
    EXPECT_TRUE(r.err.contains(QStringLiteral("127.0.0.1:1"))) << qPrintable(r.err);
}

TEST(CliExitCodes, MalformedValuesAreRefusedNotUsageErrors)
{
    CliRunner cli;
    const qint64 id = cli.addCompany(1);
    const CliResult r =
        cli.run({QStringLiteral("authorization"), QStringLiteral("grant"), QString::number(id),
                 QStringLiteral("--decision"), QStringLiteral("D"), QStringLiteral("--from"),
                 QStringLiteral("2026-02-30")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("--from")));
}

TEST(CliExitCodes, ForeignFileExitsThreeAndStaysByteIdentical)
{
    CliRunner cli;
    const QString foreign = cli.tempPath(QStringLiteral("notes.txt"));
    {
        QFile f(foreign);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write("this is not a register\n");
    }
    const QByteArray before = digest(foreign);
    QStringList args{QStringLiteral("--db"), foreign, QStringLiteral("company"),
                     QStringLiteral("list")};
    const CliResult r = cli.run(args);
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(digest(foreign), before);
}

TEST(CliJsonShapes, ShowCarriesRightsWithStatusAndHistory)
{
    CliRunner cli;
    const qint64 id = cli.addCompany(1);
    cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"), QString::number(id),
               QStringLiteral("--decision"), QStringLiteral("AUT-1"), QStringLiteral("--from"),
               iso(-30)});
    const CliResult granted =
        cli.run({QStringLiteral("--json"), QStringLiteral("accreditation"), QStringLiteral("grant"),
                 QString::number(id), QStringLiteral("--tier"), QStringLiteral("national"),
                 QStringLiteral("--decision"), QStringLiteral("AGN-1"), QStringLiteral("--from"),
                 iso(-10), QStringLiteral("--until"), iso(365)});
    ASSERT_EQ(granted.exitCode, 0) << granted.err.toStdString();
    EXPECT_TRUE(granted.json()
                    .object()
                    .value(QStringLiteral("number"))
                    .toString()
                    .startsWith(QStringLiteral("AEN-")));

    const QJsonObject show = cli.run({QStringLiteral("--json"), QStringLiteral("company"),
                                      QStringLiteral("show"), QString::number(id)})
                                 .json()
                                 .object();
    for (const char* key : {"id", "name", "name_ar", "ice", "rc", "rc_court", "city"})
        EXPECT_TRUE(show.contains(QString::fromLatin1(key))) << key;
    const QJsonObject accreditation =
        show.value(QStringLiteral("accreditations")).toArray().at(0).toObject();
    EXPECT_EQ(accreditation.value(QStringLiteral("tier")).toString(), QStringLiteral("national"));
    EXPECT_EQ(accreditation.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    EXPECT_EQ(accreditation.value(QStringLiteral("valid_until")).toString(), iso(365));
    const QJsonArray history = accreditation.value(QStringLiteral("history")).toArray();
    ASSERT_EQ(history.size(), 1);
    EXPECT_EQ(history.at(0).toObject().value(QStringLiteral("entered_by")).toString(),
              QStringLiteral("clerk1"));
    EXPECT_EQ(show.value(QStringLiteral("authorizations"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("active"));
}

TEST(CliBackup, BackupRestoresIntoANewFileAndNeverOverwrites)
{
    CliRunner cli;
    const qint64 id = cli.addCompany(7);
    const QString copy = cli.tempPath(QStringLiteral("backup.cinereg"));
    ASSERT_EQ(cli.run({QStringLiteral("backup"), copy}).exitCode, 0);
    EXPECT_EQ(cli.run({QStringLiteral("backup"), copy}).exitCode, 1)
        << "an existing file is never overwritten";

    const QString restored = cli.tempPath(QStringLiteral("restored.cinereg"));
    ASSERT_EQ(cli.run({QStringLiteral("--db"), restored, QStringLiteral("restore"), copy}).exitCode,
              0);
    const CliResult show =
        cli.run({QStringLiteral("--db"), restored, QStringLiteral("--json"),
                 QStringLiteral("company"), QStringLiteral("show"), QString::number(id)});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().object().value(QStringLiteral("ice")).toString(), validIce(7));
    EXPECT_EQ(cli.run({QStringLiteral("--db"), restored, QStringLiteral("restore"), copy}).exitCode,
              1)
        << "restore only into an empty or new file";
    EXPECT_EQ(cli.run({QStringLiteral("--db"), restored, QStringLiteral("check")}).exitCode, 0);
}

TEST(CliServer, BackupOfAServerRegisterWritesARegisterFile)
{
    if (!cinereg::test::TestServer::active())
        GTEST_SKIP() << "about a server register (runs in the postgresql label)";
    CliRunner cli;
    const qint64 id = cli.addCompany(1);
    const QString target = cli.tempPath(QStringLiteral("copy.cinereg"));
    const CliResult r = cli.run({QStringLiteral("backup"), target});
    ASSERT_EQ(r.exitCode, 0) << qPrintable(r.err);
    EXPECT_EQ(cli.run({QStringLiteral("--db"), target, QStringLiteral("check")}).exitCode, 0);
    const CliResult show =
        cli.run({QStringLiteral("--db"), target, QStringLiteral("--json"),
                 QStringLiteral("company"), QStringLiteral("show"), QString::number(id)});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().object().value(QStringLiteral("ice")).toString(), validIce(1));
    EXPECT_EQ(cli.run({QStringLiteral("backup"), target}).exitCode, 1)
        << "an existing file is never overwritten";
}
