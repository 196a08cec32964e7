// Import through the same services as a clerk's entry: all or nothing, --skip-invalid,
// --dry-run, histories of suspended and revoked rights, cancellation.
#include "io/ImportService.h"

#include "ImportSheets.h"
#include "io/CsvReader.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {

// French headers in a clerk's order, `;` separated, ICE with spaces, French dates.
QString companiesSheet(const QString& badIce = {})
{
    QString csv = QStringLiteral("Ville;Raison sociale;ICE;Forme juridique;RC;Tribunal;Capital;"
                                 "Adresse;Membre de\n");
    for (int n = 1; n <= 3; ++n) {
        QString ice = validIce(n);
        if (n == 2 && !badIce.isEmpty())
            ice = badIce;
        ice.insert(9, u' ').insert(3, u' ');
        csv += QStringLiteral(
                   "Rabat;Société %1;%2;SARL;%3;Rabat;\"1 000 000\";%1 rue Atlas;CNPF:03/02/2015\n")
                   .arg(n)
                   .arg(ice)
                   .arg(300000 + n);
    }
    return csv;
}

int companyCount(Register& reg)
{
    return reg.companies().count(CompanyFilter{});
}

} // namespace

TEST(ImportService, ValidSheetImportsEveryCompanyThroughTheValidator)
{
    TempRegister t;
    const ImportReport report =
        ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    EXPECT_TRUE(report.rejected.isEmpty());
    EXPECT_EQ(report.imported, 3);
    EXPECT_TRUE(report.written);
    ASSERT_EQ(companyCount(t.reg()), 3);
    const auto list = t.reg().companies().list(CompanyListQuery{});
    const std::optional<Company> first = t.reg().companies().find(list.front().company.id);
    EXPECT_EQ(first->ice, validIce(1));
    EXPECT_EQ(first->capital.value_or(0), 1000000);
    ASSERT_EQ(first->memberships.size(), 1);
    EXPECT_EQ(first->memberships.front().since, QDate(2015, 2, 3));
}

TEST(ImportService, OneRejectedRowImportsNothingAndNamesLineAndField)
{
    TempRegister t;
    const ImportReport report = ImportService(t.reg()).importCompanies(
        sheet(companiesSheet(QStringLiteral("123456789012345"))), ImportOptions{});
    ASSERT_FALSE(report.rejected.isEmpty());
    EXPECT_EQ(report.rejected.front().line, 3);
    EXPECT_EQ(report.rejected.front().field, QStringLiteral("ice"));
    EXPECT_FALSE(report.rejected.front().message.isEmpty());
    EXPECT_FALSE(report.written);
    EXPECT_EQ(companyCount(t.reg()), 0);
}

TEST(ImportService, SkipInvalidImportsTheOthers)
{
    TempRegister t;
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport report = ImportService(t.reg()).importCompanies(
        sheet(companiesSheet(QStringLiteral("123456789012345"))), options);
    EXPECT_EQ(report.rejected.size(), 1);
    EXPECT_EQ(report.imported, 2);
    EXPECT_EQ(companyCount(t.reg()), 2);
}

TEST(ImportService, DuplicatesInsideTheSheetAreRejected)
{
    TempRegister t;
    QString csv = companiesSheet();
    csv += csv.section(u'\n', 1, 1) + u'\n'; // the first company again, line 5
    const ImportReport report = ImportService(t.reg()).importCompanies(sheet(csv), ImportOptions{});
    ASSERT_FALSE(report.rejected.isEmpty());
    EXPECT_EQ(report.rejected.front().line, 5);
    EXPECT_EQ(companyCount(t.reg()), 0);
}

TEST(ImportService, DryRunChecksEverythingAndWritesNothing)
{
    TempRegister t;
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report =
        ImportService(t.reg()).importCompanies(sheet(companiesSheet()), options);
    EXPECT_EQ(report.imported, 3);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(companyCount(t.reg()), 0);
}

TEST(ImportService, CancellingWritesNothing)
{
    TempRegister t;
    const ImportReport report = ImportService(t.reg()).importCompanies(
        sheet(companiesSheet()), ImportOptions{}, [](int done, int) { return done < 2; });
    EXPECT_TRUE(report.cancelled);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(companyCount(t.reg()), 0);
}

TEST(ImportService, MissingColumnIsReportedOnTheHeaderLine)
{
    TempRegister t;
    const ImportReport report = ImportService(t.reg()).importCompanies(
        sheet(QStringLiteral("name;city\nAtlas;Rabat\n")), ImportOptions{});
    ASSERT_EQ(report.rejected.size(), 2);
    EXPECT_EQ(report.rejected.front().line, 1);
    EXPECT_EQ(companyCount(t.reg()), 0);
}

TEST(ImportService, RightsWithHistoricalDecisionsAndTheirSuspensionOrRevocation)
{
    TempRegister t(QDate(2026, 3, 2));
    ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    // Accreditation listed before its authorization: the import orders them (rule 2).
    const QString csv =
        QStringLiteral("ICE,Droit,Numéro,Décision,Date de décision,Du,Au,Statut,Depuis,Motif\n"
                       "%1,agrément national,AEN-2019-004,D-19/12,02/04/2019,2019-04-10,,,,\n"
                       "%1,autorisation,AUT-2018-001,D-18/77,2018-05-01,2018-05-15,,,,\n"
                       "%2,autorisation,AUT-2018-002,D-18/78,2018-06-01,2018-06-15,,suspendu,"
                       "2024-01-10,Dossier CNSS incomplet\n"
                       "%3,authorization,AUT-2018-003,D-18/79,2018-07-01,2018-07-15,,revoked,"
                       "2022-03-01,Inactivité\n")
            .arg(validIce(1), validIce(2), validIce(3));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), ImportOptions{});
    ASSERT_TRUE(report.rejected.isEmpty()) << report.rejected.front().message.toStdString();
    EXPECT_EQ(report.imported, 4);

    const auto list = t.reg().companies().list(CompanyListQuery{});
    ASSERT_EQ(list.size(), 3);
    const auto& first = list.at(0); // Société 1
    EXPECT_EQ(first.standing.of(RightKind::National), RightStatus::Active);
    const CompanyRights held = t.reg().rights().ofCompany(first.company.id);
    ASSERT_EQ(held.accreditations.size(), 1);
    EXPECT_EQ(held.accreditations.front().number, QStringLiteral("AEN-2019-004"));
    EXPECT_EQ(held.accreditations.front().grant().decisionDate, QDate(2019, 4, 2));

    const CompanyRights second = t.reg().rights().ofCompany(list.at(1).company.id);
    const Right& suspended = second.authorizations.front();
    EXPECT_EQ(RightTimeline(suspended).statusOn(QDate(2024, 1, 9)), RightStatus::Active);
    EXPECT_EQ(RightTimeline(suspended).statusOn(QDate(2024, 1, 10)), RightStatus::Suspended);
    EXPECT_EQ(suspended.history.back().decisionDate, QDate(2024, 1, 10));
    EXPECT_EQ(suspended.history.back().reason, QStringLiteral("Dossier CNSS incomplet"));
    EXPECT_EQ(list.at(2).standing.of(RightKind::Authorization), RightStatus::Revoked);
}

TEST(ImportService, ARightWhoseSuspensionIsRefusedLeavesNoGrantBehind)
{
    TempRegister t;
    ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    ImportOptions options;
    options.skipInvalid = true;
    // Suspended without a reason: the grant of that row must not stay in the register.
    const QString csv =
        QStringLiteral("ice,right,number,decision,from,status,since\n"
                       "%1,authorization,AUT-1,D-1,2020-01-01,suspended,2021-01-01\n"
                       "%2,authorization,AUT-2,D-2,2020-01-01,,\n"
                       "%3,national,AEN-9,D-3,2020-01-01,,\n")
            .arg(validIce(1), validIce(2), validIce(3));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), options);
    ASSERT_EQ(report.rejected.size(), 2);
    EXPECT_EQ(report.rejected.at(0).line, 2);
    EXPECT_EQ(report.rejected.at(0).field, QStringLiteral("reason"));
    EXPECT_EQ(report.rejected.at(1).line, 4); // no authorization: rule 2
    EXPECT_EQ(report.imported, 1);
    const auto list = t.reg().companies().list(CompanyListQuery{});
    EXPECT_TRUE(t.reg().rights().ofCompany(list.at(0).company.id).authorizations.isEmpty());
    EXPECT_EQ(t.reg().rights().ofCompany(list.at(1).company.id).authorizations.size(), 1);
}

TEST(ImportService, UnknownIceAndBadDatesAreNamed)
{
    TempRegister t;
    const QString csv = QStringLiteral("ice,right,decision,from\n"
                                       "%1,authorization,D-1,2020-01-01\n"
                                       "%1,authorization,D-1,31/02/2020\n"
                                       "%1,licence,D-1,2020-01-01\n")
                            .arg(validIce(9));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), ImportOptions{});
    ASSERT_EQ(report.rejected.size(), 3);
    EXPECT_EQ(report.rejected.at(0).field, QStringLiteral("ice"));
    EXPECT_EQ(report.rejected.at(1).field, QStringLiteral("from"));
    EXPECT_EQ(report.rejected.at(2).field, QStringLiteral("right"));
}

// The import reads the settings once and keeps its prepared statements: the register it leaves
// must still be exactly as sound as a clerk's entries leave it (audit chain, seal, standing
// periods), and a second import into the same open register must be refused row by row as a
// clerk would be (the cached statements see the first import's rows).
TEST(ImportService, TheRegisterPassesTheCheckAfterAnImportAndRefusesItTwice)
{
    TempRegister t(QDate(2026, 3, 2));
    ASSERT_TRUE(ImportService(t.reg())
                    .importCompanies(sheet(companiesSheet()), ImportOptions{})
                    .rejected.isEmpty());
    const QString csv =
        QStringLiteral("ice,right,number,decision,from,status,since,reason\n"
                       "%1,authorization,AUT-1,D-1,2020-01-01,,,\n"
                       "%1,national,AEN-1,D-2,2020-02-01,suspended,2021-01-01,Dossier incomplet\n"
                       "%2,authorization,AUT-2,D-3,2020-01-01,revoked,2022-01-01,Inactivité\n")
            .arg(validIce(1), validIce(2));
    const ImportReport rights = ImportService(t.reg()).importRights(sheet(csv), ImportOptions{});
    ASSERT_TRUE(rights.rejected.isEmpty()) << rights.rejected.front().message.toStdString();
    EXPECT_EQ(rights.imported, 3);
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());

    const ImportReport again =
        ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    EXPECT_FALSE(again.written);
    EXPECT_EQ(again.imported, 0);
    EXPECT_FALSE(again.rejected.isEmpty());
    const ImportReport rightsAgain =
        ImportService(t.reg()).importRights(sheet(csv), ImportOptions{});
    EXPECT_FALSE(rightsAgain.written);
    EXPECT_EQ(rightsAgain.imported, 0);
    EXPECT_EQ(companyCount(t.reg()), 3);
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

// A setting changed before an import is the one the import applies (the pin is per import).
TEST(ImportService, TheSettingsInForceAtTheImportAreTheOnesApplied)
{
    TempRegister t;
    Settings s = t.reg().settings();
    s.professionalBodies = QStringList{QStringLiteral("CMPF")}; // the sheet names CNPF
    t.reg().saveSettings(s);
    const ImportReport refused =
        ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    EXPECT_FALSE(refused.written);
    ASSERT_FALSE(refused.rejected.isEmpty());
    EXPECT_EQ(refused.rejected.front().field, QStringLiteral("member-of"));
    s.professionalBodies.append(QStringLiteral("CNPF"));
    t.reg().saveSettings(s);
    const ImportReport accepted =
        ImportService(t.reg()).importCompanies(sheet(companiesSheet()), ImportOptions{});
    EXPECT_TRUE(accepted.rejected.isEmpty());
    EXPECT_EQ(accepted.imported, 3);
}
