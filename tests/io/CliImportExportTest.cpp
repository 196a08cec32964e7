// import and export through the real cinereg-cli: JSON report, exit codes, all or nothing,
// --skip-invalid, --dry-run, and a round trip between two register files.
#include "CliRunner.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg::test;

namespace {

QString writeFile(const CliRunner& cli, const QString& name, const QByteArray& bytes)
{
    const QString path = cli.tempPath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

QByteArray companiesCsv(bool withBadRow)
{
    QString csv = QStringLiteral("name;ice;legal_form;rc;rc_court;capital;address;city\r\n");
    for (int n = 1; n <= 3; ++n)
        csv += QStringLiteral("Studio %1;%2;SARL;%3;Rabat;500000;%1 avenue Hassan II;Rabat\r\n")
                   .arg(n)
                   .arg(n == 2 && withBadRow ? QStringLiteral("12345") : validIce(n))
                   .arg(410000 + n);
    return QByteArray("\xEF\xBB\xBF") + csv.toUtf8(); // with a BOM, as Excel writes it
}

int listed(const CliRunner& cli)
{
    const CliResult r =
        cli.run({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    return int(r.json().array().size());
}

} // namespace

TEST(CliImport, OneBadRowImportsNothingExitOneWithTheReport)
{
    CliRunner cli;
    const QString file = writeFile(cli, QStringLiteral("c.csv"), companiesCsv(true));
    const CliResult r = cli.run(
        {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("companies"), file});
    EXPECT_EQ(r.exitCode, 1);
    const QJsonObject json = r.json().object();
    EXPECT_EQ(json.value(QStringLiteral("imported")).toInt(), 0);
    const QJsonArray rejected = json.value(QStringLiteral("rejected")).toArray();
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(rejected.at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    EXPECT_EQ(rejected.at(0).toObject().value(QStringLiteral("field")).toString(),
              QStringLiteral("ice"));
    EXPECT_EQ(listed(cli), 0);
}

TEST(CliImport, SkipInvalidImportsTheValidRows)
{
    CliRunner cli;
    const QString file = writeFile(cli, QStringLiteral("c.csv"), companiesCsv(true));
    const CliResult r =
        cli.run({QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("companies"),
                 file, QStringLiteral("--skip-invalid")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.json().object().value(QStringLiteral("imported")).toInt(), 2);
    EXPECT_EQ(listed(cli), 2);
}

TEST(CliImport, DryRunWritesNothing)
{
    CliRunner cli;
    const QString file = writeFile(cli, QStringLiteral("c.csv"), companiesCsv(false));
    const CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("import"),
                                 QStringLiteral("companies"), file, QStringLiteral("--dry-run")});
    EXPECT_EQ(r.exitCode, 0);
    EXPECT_EQ(r.json().object().value(QStringLiteral("imported")).toInt(), 3);
    EXPECT_EQ(listed(cli), 0);
}

TEST(CliImport, TextReportIsTranslated)
{
    CliRunner cli;
    const QString file = writeFile(cli, QStringLiteral("c.csv"), companiesCsv(true));
    const CliResult r = cli.run({QStringLiteral("import"), QStringLiteral("companies"), file},
                                QStringLiteral("fr"));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("ligne 3"))) << r.err.toStdString();
}

TEST(CliExport, CompaniesAndRightsRoundTripBetweenTwoRegisters)
{
    CliRunner source;
    const qint64 id = source.addCompany(1);
    source.grant({QStringLiteral("authorization"), QStringLiteral("grant"), QString::number(id),
                  QStringLiteral("--decision"), QStringLiteral("D-1"), QStringLiteral("--from"),
                  iso(-400)});
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const QString companies = source.tempPath(QStringLiteral("companies.") + format);
        const QString rights = source.tempPath(QStringLiteral("rights.") + format);
        CliResult r = source.run({QStringLiteral("--json"), QStringLiteral("export"),
                                  QStringLiteral("companies"), companies, QStringLiteral("--body"),
                                  QStringLiteral("CNPF")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = source.run({QStringLiteral("export"), QStringLiteral("companies"), companies});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = source.run({QStringLiteral("export"), QStringLiteral("rights"), rights});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();

        CliRunner target;
        r = target.run({QStringLiteral("--json"), QStringLiteral("import"),
                        QStringLiteral("companies"), companies});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        r = target.run(
            {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("rights"), rights});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json().object().value(QStringLiteral("imported")).toInt(), 1);
        const CliResult shown =
            target.run({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list"),
                        QStringLiteral("--status"), QStringLiteral("active")});
        EXPECT_EQ(shown.json().array().size(), 1) << shown.out.toStdString();
    }
}

TEST(CliExport, UnknownBodyIsRefused)
{
    CliRunner cli;
    const CliResult r = cli.run({QStringLiteral("export"), QStringLiteral("companies"),
                                 cli.tempPath(QStringLiteral("x.csv")), QStringLiteral("--body"),
                                 QStringLiteral("XYZ")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_FALSE(QFile::exists(cli.tempPath(QStringLiteral("x.csv"))));
}
