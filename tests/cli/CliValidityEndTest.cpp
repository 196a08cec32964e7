// The three ways a grant's validity ends, through the real executable: no --until is the
// settings' default term, --no-end is without limit whatever the default term, --until D is D.
#include "CliRunner.h"
#include "Clock.h"
#include "services/Register.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg;
using namespace cinereg::test;

namespace {
void setDefaultTerm(const CliRunner& cli, int months)
{
    FixedClock clock(QDate(2026, 1, 1));
    Register reg(cli.dbPath(), clock, QStringLiteral("admin"));
    Settings s = reg.settings();
    s.defaultTermMonths = months;
    reg.saveSettings(s);
}

QJsonValue validUntil(const CliRunner& cli, qint64 company)
{
    const CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("company"),
                                 QStringLiteral("show"), QString::number(company)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return r.json()
        .object()
        .value(QStringLiteral("authorizations"))
        .toArray()
        .at(0)
        .toObject()
        .value(QStringLiteral("valid_until"));
}

QStringList grantFrom2026(qint64 company, const QStringList& end)
{
    return QStringList{QStringLiteral("authorization"), QStringLiteral("grant"),
                       QString::number(company),        QStringLiteral("--decision"),
                       QStringLiteral("AUT/2026/1"),    QStringLiteral("--from"),
                       QStringLiteral("2026-01-01")} +
           end;
}
} // namespace

TEST(CliValidityEnd, EachChoiceIsRecordedAsAsked)
{
    CliRunner cli;
    const qint64 byDefault = cli.addCompany(1);
    const qint64 noEnd = cli.addCompany(2);
    const qint64 until = cli.addCompany(3);
    setDefaultTerm(cli, 12);
    cli.grant(grantFrom2026(byDefault, {}));
    cli.grant(grantFrom2026(noEnd, {QStringLiteral("--no-end")}));
    cli.grant(grantFrom2026(until, {QStringLiteral("--until"), QStringLiteral("2027-06-30")}));
    EXPECT_EQ(validUntil(cli, byDefault).toString(), QStringLiteral("2026-12-31"));
    EXPECT_TRUE(validUntil(cli, noEnd).isNull()) << "--no-end never gets the default term";
    EXPECT_EQ(validUntil(cli, until).toString(), QStringLiteral("2027-06-30"));
}

TEST(CliValidityEnd, UntilAndNoEndExcludeEachOther)
{
    CliRunner cli;
    const qint64 company = cli.addCompany(1);
    const CliResult r =
        cli.run(grantFrom2026(company, {QStringLiteral("--no-end"), QStringLiteral("--until"),
                                        QStringLiteral("2027-06-30")}));
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("--no-end"))) << r.err.toStdString();
}
