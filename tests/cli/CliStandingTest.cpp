// The CLI's text output says each right's standing as the window does (core/Standing).
#include "CliRunner.h"

#include <gtest/gtest.h>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg::test;

TEST(CliStanding, ShowAndListSayTheAccreditationIsNotInForceAndWhy)
{
    CliRunner cli;
    const QString company = QString::number(cli.addCompany(1));
    const QString authorization =
        QString::number(cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"),
                                   company, QStringLiteral("--decision"), QStringLiteral("AUT-1"),
                                   QStringLiteral("--from"), iso(-100)}));
    const QString accreditation = QString::number(cli.grant(
        {QStringLiteral("accreditation"), QStringLiteral("grant"), company,
         QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
         QStringLiteral("AGN-1"), QStringLiteral("--from"), iso(-50)}));
    const QString number = cli.run({QStringLiteral("--json"), QStringLiteral("accreditation"),
                                    QStringLiteral("show"), accreditation})
                               .json()
                               .object()
                               .value(QStringLiteral("number"))
                               .toString();
    ASSERT_FALSE(number.isEmpty());

    // Suspending the authorization says which accreditations stop with it.
    CliResult r =
        cli.run({QStringLiteral("authorization"), QStringLiteral("suspend"), authorization,
                 QStringLiteral("--reason"), QStringLiteral("Attestation CNSS expirée"),
                 QStringLiteral("--from"), iso(-10)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("No longer in force from %1: %2.").arg(iso(-10), number)))
        << r.out.toStdString();

    const QString since = QDate::currentDate().addDays(-10).toString(QStringLiteral("dd/MM/yyyy"));
    r = cli.run({QStringLiteral("company"), QStringLiteral("show"), company}, QStringLiteral("fr"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(
        QStringLiteral("actif — non en vigueur : autorisation suspendue depuis le %1").arg(since)))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Attestation CNSS expirée")));

    r = cli.run({QStringLiteral("accreditation"), QStringLiteral("show"), accreditation});
    EXPECT_TRUE(
        r.out.contains(QStringLiteral("active — not in force: authorization suspended since ")))
        << r.out.toStdString();

    r = cli.run({QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("active — not in force: authorization suspended")))
        << r.out.toStdString();
    // The JSON contract is unchanged: the tier's effective status.
    r = cli.run({QStringLiteral("--json"), QStringLiteral("company"), QStringLiteral("list")});
    EXPECT_EQ(r.json().array().at(0).toObject().value(QStringLiteral("national_status")),
              QStringLiteral("suspended"));
}
