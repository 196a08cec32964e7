// A clerk's day through the CLI, as issue 2 describes it: register, authorize, accredit, refuse
// what the rules forbid, suspend (cascading to eligibility), reinstate, revoke, record
// productions, search in both scripts, and end with a clean check.
#include "CliRunner.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QJsonArray>
#include <QJsonObject>

using namespace cinereg::test;

namespace {
QStringList ids(const QJsonArray& array)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out.append(QString::number(v.toObject().value(QStringLiteral("id")).toInteger()));
    return out;
}

QStringList eligible(const CliRunner& cli, const QString& kind, int from, int to)
{
    const CliResult r =
        cli.run({QStringLiteral("--json"), QStringLiteral("eligible"), QStringLiteral("--kind"),
                 kind, QStringLiteral("--from"), iso(from), QStringLiteral("--to"), iso(to)});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    return ids(r.json().array());
}
} // namespace

TEST(CliClerkDay, FromRegistrationToACleanCheck)
{
    CliRunner cli;
    const QString atlas = QString::number(cli.addCompany(1));
    const QString small =
        QString::number(cli.addCompany(2, QStringLiteral("SARL"), QStringLiteral("100000")));

    // No accreditation without an authorization (rule 2).
    CliResult r =
        cli.run({QStringLiteral("accreditation"), QStringLiteral("grant"), atlas,
                 QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
                 QStringLiteral("AGN"), QStringLiteral("--from"), iso(-5)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rule-2"))) << r.err.toStdString();

    cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"), atlas,
               QStringLiteral("--decision"), QStringLiteral("AUT-A"), QStringLiteral("--from"),
               iso(-100)});
    const QString authSmall =
        QString::number(cli.grant({QStringLiteral("authorization"), QStringLiteral("grant"), small,
                                   QStringLiteral("--decision"), QStringLiteral("AUT-B"),
                                   QStringLiteral("--from"), iso(-100)}));
    const QString authAtlas = QStringLiteral("1");

    // Under the capital threshold (rule 4).
    r = cli.run({QStringLiteral("accreditation"), QStringLiteral("grant"), small,
                 QStringLiteral("--tier"), QStringLiteral("national"), QStringLiteral("--decision"),
                 QStringLiteral("AGN-B"), QStringLiteral("--from"), iso(-5)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rule-4"))) << r.err.toStdString();

    const QString national = QString::number(cli.grant(
        {QStringLiteral("accreditation"), QStringLiteral("grant"), atlas, QStringLiteral("--tier"),
         QStringLiteral("national"), QStringLiteral("--decision"), QStringLiteral("AGN-A"),
         QStringLiteral("--from"), iso(-5)}));
    EXPECT_EQ(eligible(cli, QStringLiteral("national"), 10, 20), QStringList{atlas});
    EXPECT_TRUE(eligible(cli, QStringLiteral("foreign"), 10, 20).isEmpty());

    // Suspending the authorization from day 15 cascades: not eligible for a shoot across it.
    r = cli.run({QStringLiteral("authorization"), QStringLiteral("suspend"), authAtlas,
                 QStringLiteral("--reason"), QStringLiteral("Attestation CNSS expirée"),
                 QStringLiteral("--from"), iso(15)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(eligible(cli, QStringLiteral("national"), 10, 20).isEmpty());
    EXPECT_EQ(eligible(cli, QStringLiteral("national"), 10, 14), QStringList{atlas});

    // A production across the suspension is refused by the tier rule; before it, accepted.
    const QStringList shoot{QStringLiteral("production"), QStringLiteral("add"),
                            QStringLiteral("--title"),    QStringLiteral("Les Sables"),
                            QStringLiteral("--kind"),     QStringLiteral("national"),
                            QStringLiteral("--executor"), atlas,
                            QStringLiteral("--from")};
    r = cli.run(shoot + QStringList{iso(10), QStringLiteral("--to"), iso(20)});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("not-eligible")));
    EXPECT_EQ(cli.run(shoot + QStringList{iso(10), QStringLiteral("--to"), iso(14)}).exitCode, 0);

    // Reinstatement on the same day restores eligibility.
    r = cli.run({QStringLiteral("authorization"), QStringLiteral("reinstate"), authAtlas,
                 QStringLiteral("--from"), iso(15)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(eligible(cli, QStringLiteral("national"), 10, 20), QStringList{atlas});

    // Revocation needs a reason, is final, and removes the company from the list.
    EXPECT_EQ(
        cli.run({QStringLiteral("accreditation"), QStringLiteral("revoke"), national}).exitCode, 2);
    r = cli.run({QStringLiteral("accreditation"), QStringLiteral("revoke"), national,
                 QStringLiteral("--reason"), QStringLiteral("Fausse déclaration")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = cli.run({QStringLiteral("accreditation"), QStringLiteral("reinstate"), national});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("rule-5")));
    EXPECT_TRUE(eligible(cli, QStringLiteral("national"), 10, 20).isEmpty());
    (void)authSmall;

    // Search in both scripts, ignoring accents and Arabic letter forms, and by ICE.
    auto search = [&](const QString& text) {
        return ids(cli.run({QStringLiteral("--json"), QStringLiteral("company"),
                            QStringLiteral("list"), QStringLiteral("--search"), text})
                       .json()
                       .array());
    };
    r = cli.run({QStringLiteral("company"), QStringLiteral("edit"), small, QStringLiteral("--name"),
                 QStringLiteral("Société Générale du Cinéma"), QStringLiteral("--name-ar"),
                 QStringLiteral("شركة الإنتاج السينمائي")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(search(QStringLiteral("ATLAS")), QStringList{atlas});
    EXPECT_EQ(search(QStringLiteral("societe GENERALE")), QStringList{small});
    EXPECT_EQ(search(QStringLiteral("الانتاج السينمائى")), QStringList{small});
    EXPECT_EQ(search(QStringLiteral("أطلس")), QStringList{atlas});
    EXPECT_EQ(search(cinereg::test::validIce(1).left(9)), QStringList{atlas});

    r = cli.run({QStringLiteral("--json"), QStringLiteral("check")});
    EXPECT_EQ(r.exitCode, 0) << r.out.toStdString();
    EXPECT_TRUE(r.json().object().value(QStringLiteral("ok")).toBool());
}
