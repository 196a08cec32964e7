#include "certificates/PdfCodeReader.h"
#include "CliRunner.h"
#include "StatisticsRegister.h"

#include <gtest/gtest.h>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// The hand-made register written into the runner's file by the core, then read by the program.
void fillRegister(const CliRunner& cli)
{
    const FixedClock clock(StatisticsRegister::Today);
    const Register reg(cli.dbPath(), clock, QStringLiteral("clerk"));
    StatisticsRegister::fill(reg);
}
} // namespace

TEST(StatsCli, JsonGivesTheContractShapeWithTheRegistersFigures)
{
    CliRunner cli;
    fillRegister(cli);
    const CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("stats"),
                                 QStringLiteral("--on"), QStringLiteral("2026-06-30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject o = r.json().object();
    EXPECT_EQ(o[QStringLiteral("on")].toString(), QStringLiteral("2026-06-30"));
    const QJsonObject inForce = o[QStringLiteral("in_force")].toObject();
    EXPECT_EQ(inForce[QStringLiteral("authorization")].toInt(), 3);
    EXPECT_EQ(inForce[QStringLiteral("national")].toInt(), 1);
    EXPECT_EQ(inForce[QStringLiteral("international")].toInt(), 1);
    const QJsonArray cities = o[QStringLiteral("by_city")].toArray();
    ASSERT_EQ(cities.size(), 2);
    EXPECT_EQ(cities[0].toObject()[QStringLiteral("city")].toString(),
              QStringLiteral("Casablanca"));
    EXPECT_EQ(cities[0].toObject()[QStringLiteral("authorization")].toInt(), 2);
    EXPECT_EQ(cities[1].toObject()[QStringLiteral("national")].toInt(), 0);
    const QJsonArray years = o[QStringLiteral("per_year")].toArray();
    ASSERT_EQ(years.size(), 4);
    const QJsonObject y2026 = years[3].toObject();
    EXPECT_EQ(y2026[QStringLiteral("year")].toInt(), 2026);
    EXPECT_EQ(y2026[QStringLiteral("grants")].toInt(), 3);
    EXPECT_EQ(y2026[QStringLiteral("suspensions")].toInt(), 1);
    EXPECT_EQ(y2026[QStringLiteral("revocations")].toInt(), 1);
    EXPECT_EQ(y2026[QStringLiteral("new_entrants")].toInt(), 1);
    EXPECT_EQ(y2026[QStringLiteral("productions_national")].toInt(), 0);
    EXPECT_EQ(y2026[QStringLiteral("productions_foreign")].toInt(), 1);
    const QJsonArray bodies = o[QStringLiteral("bodies")].toArray();
    ASSERT_EQ(bodies.size(), 2);
    EXPECT_EQ(bodies[0].toObject()[QStringLiteral("body")].toString(), QStringLiteral("CNPF"));
    EXPECT_EQ(bodies[0].toObject()[QStringLiteral("members")].toInt(), 2);
}

TEST(StatsCli, PeriodOptions)
{
    CliRunner cli;
    fillRegister(cli);
    const CliResult r =
        cli.run({QStringLiteral("--json"), QStringLiteral("stats"), QStringLiteral("--on"),
                 QStringLiteral("2026-06-30"), QStringLiteral("--from"), QStringLiteral("2025"),
                 QStringLiteral("--to"), QStringLiteral("2025")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray years = r.json().object()[QStringLiteral("per_year")].toArray();
    ASSERT_EQ(years.size(), 1);
    EXPECT_EQ(years[0].toObject()[QStringLiteral("revocations")].toInt(), 1);

    const CliResult inverted =
        cli.run({QStringLiteral("--json"), QStringLiteral("stats"), QStringLiteral("--from"),
                 QStringLiteral("2026"), QStringLiteral("--to"), QStringLiteral("2024")});
    EXPECT_EQ(inverted.exitCode, 1);
    EXPECT_TRUE(inverted.out.isEmpty());
    EXPECT_TRUE(inverted.err.contains(QStringLiteral("--from"))) << inverted.err.toStdString();

    const CliResult notAYear =
        cli.run({QStringLiteral("stats"), QStringLiteral("--to"), QStringLiteral("26")});
    EXPECT_EQ(notAYear.exitCode, 1);
    EXPECT_TRUE(notAYear.err.contains(QStringLiteral("--to")));
    const CliResult badDay =
        cli.run({QStringLiteral("stats"), QStringLiteral("--on"), QStringLiteral("2026-02-30")});
    EXPECT_EQ(badDay.exitCode, 1);
}

TEST(StatsCli, TextIsATable)
{
    CliRunner cli;
    fillRegister(cli);
    const CliResult r =
        cli.run({QStringLiteral("stats"), QStringLiteral("--on"), QStringLiteral("2026-06-30")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Rights in force on 2026-06-30")));
    // The 2025 row: 3 grants, no suspension, 1 revocation, 1 new entrant, 1 national shoot.
    EXPECT_TRUE(r.out.contains(
        QRegularExpression(QStringLiteral("\\n2025\\s+3\\s+0\\s+1\\s+1\\s+1\\s+0\\s*\\n"))))
        << r.out.toStdString();
}

TEST(StatsCli, OutWritesTheChartReportInTheChosenLanguage)
{
    CliRunner cli;
    fillRegister(cli);
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        const QString path = cli.tempPath(QStringLiteral("stats-%1.pdf").arg(lang));
        const CliResult r =
            cli.run({QStringLiteral("--json"), QStringLiteral("stats"), QStringLiteral("--on"),
                     QStringLiteral("2026-06-30"), QStringLiteral("--out"), path},
                    lang);
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_EQ(r.json()
                      .object()[QStringLiteral("in_force")]
                      .toObject()[QStringLiteral("authorization")]
                      .toInt(),
                  3);
        const auto pages = PdfCodeReader::pageTexts(path);
        ASSERT_TRUE(pages) << "not a readable PDF";
        ASSERT_EQ(pages->size(), 3);
        const QString all =
            pages->join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC);
        EXPECT_TRUE(all.contains(QStringLiteral("30/06/2026")));
        EXPECT_TRUE(all.contains(lang == QLatin1String("fr") ? QStringLiteral("Statistiques")
                                                             : QStringLiteral("إحصائيات")))
            << all.toStdString();
    }
    const CliResult unwritable =
        cli.run({QStringLiteral("stats"), QStringLiteral("--out"),
                 cli.tempPath(QStringLiteral("missing/folder/stats.pdf"))});
    EXPECT_EQ(unwritable.exitCode, 1);
}
