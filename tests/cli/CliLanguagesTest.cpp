// The same refusal in French, Arabic and English: the words change, the field and rule codes
// that scripts rely on do not.
#include "CliRunner.h"

#include <gtest/gtest.h>

using namespace cinereg::test;

namespace {
bool hasArabic(const QString& s)
{
    for (QChar c : s)
        if (c.script() == QChar::Script_Arabic)
            return true;
    return false;
}

CliResult refusedGrant(const CliRunner& cli, const QString& language)
{
    return cli.run({QStringLiteral("accreditation"), QStringLiteral("grant"), QStringLiteral("1"),
                    QStringLiteral("--tier"), QStringLiteral("national"),
                    QStringLiteral("--decision"), QStringLiteral("D"), QStringLiteral("--from"),
                    QStringLiteral("2026-03-01")},
                   language);
}
} // namespace

TEST(CliLanguages, RefusalIsTranslatedAndKeepsItsCodes)
{
    CliRunner cli;
    cli.addCompany(1);
    const CliResult en = refusedGrant(cli, QStringLiteral("en"));
    const CliResult fr = refusedGrant(cli, QStringLiteral("fr"));
    const CliResult ar = refusedGrant(cli, QStringLiteral("ar"));
    for (const CliResult* r : {&en, &fr, &ar}) {
        EXPECT_EQ(r->exitCode, 1);
        EXPECT_TRUE(r->err.contains(QStringLiteral("rule-2-no-active-authorization")))
            << r->err.toStdString();
    }
    // Each language's one date format, Western digits in Arabic too.
    EXPECT_TRUE(en.err.contains(QStringLiteral("1 Mar 2026"))) << en.err.toStdString();
    EXPECT_TRUE(fr.err.contains(QStringLiteral("01/03/2026"))) << fr.err.toStdString();
    EXPECT_TRUE(ar.err.contains(QStringLiteral("01/03/2026"))) << ar.err.toStdString();
    EXPECT_TRUE(en.err.contains(QStringLiteral("no active authorization")));
    EXPECT_TRUE(fr.err.contains(QStringLiteral("autorisation"))) << fr.err.toStdString();
    EXPECT_FALSE(hasArabic(fr.err));
    EXPECT_TRUE(hasArabic(ar.err)) << ar.err.toStdString();
}

TEST(CliLanguages, HelpIsTranslated)
{
    CliRunner cli;
    const CliResult fr = cli.run({QStringLiteral("--help")}, QStringLiteral("fr"));
    const CliResult ar = cli.run({QStringLiteral("--help")}, QStringLiteral("ar"));
    EXPECT_EQ(fr.exitCode, 0);
    EXPECT_TRUE(fr.out.contains(QStringLiteral("société"))) << fr.out.left(400).toStdString();
    EXPECT_TRUE(hasArabic(ar.out));
}
