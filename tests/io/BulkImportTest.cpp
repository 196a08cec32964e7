// The import's bulk path: rows are checked against identifiers, companies and rights read once
// and kept in memory (CompanyIdentifiers, RightBatch), so what two rows of one file do together,
// or a row and the register, must be refused exactly as a clerk's entries would be; the audit
// trail, the standing periods and the all-or-nothing rule stay as they are.
#include "ImportSheets.h"
#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {

QString companyLine(int n, const QString& ice, const QString& rc, const QString& court)
{
    return QStringLiteral("Société %1,%2,SARL,%3,%4,1000000,%1 rue Atlas,Rabat\n")
        .arg(n)
        .arg(ice, rc, court);
}

const QString CompanyHeader =
    QStringLiteral("name,ice,legal_form,rc,rc_court,capital,address,city\n");

// Three companies (ICE validIce(1..3)) registered by a first import.
void threeCompanies(Register& reg)
{
    QString csv = CompanyHeader;
    for (int n = 1; n <= 3; ++n)
        csv += companyLine(n, validIce(n), QString::number(500 + n), QStringLiteral("Rabat"));
    ASSERT_TRUE(ImportService(reg).importCompanies(sheet(csv), ImportOptions{}).written);
}

} // namespace

TEST(BulkImport, AnIceRepeatedWithinTheFileNamesTheCompanyTheFirstRowRegistered)
{
    TempRegister t;
    const QString csv =
        CompanyHeader +
        companyLine(1, validIce(1), QStringLiteral("501"), QStringLiteral("Rabat")) +
        companyLine(2, validIce(2), QStringLiteral("502"), QStringLiteral("Rabat")) +
        companyLine(3, validIce(1), QStringLiteral("503"), QStringLiteral("Rabat"));
    const ImportReport refused =
        ImportService(t.reg()).importCompanies(sheet(csv), ImportOptions{});
    EXPECT_FALSE(refused.written);
    ASSERT_EQ(refused.rejected.size(), 1);
    EXPECT_EQ(refused.rejected.front().line, 4);
    EXPECT_EQ(refused.rejected.front().field, QStringLiteral("ice"));
    EXPECT_EQ(t.reg().companies().count(CompanyFilter{}), 0);

    const ImportReport kept = ImportService(t.reg()).importCompanies(sheet(csv), skipping());
    EXPECT_EQ(kept.imported, 2);
    ASSERT_EQ(kept.rejected.size(), 1);
    // The same words as a clerk entering the third company by hand would read.
    Company third;
    third.name = QStringLiteral("Société 3");
    third.ice = validIce(1);
    third.legalForm = QStringLiteral("SARL");
    third.rcNumber = QStringLiteral("503");
    third.rcCourt = QStringLiteral("Rabat");
    third.capital = 1000000;
    third.address = QStringLiteral("3 rue Atlas");
    third.city = QStringLiteral("Rabat");
    const Outcome<qint64> byHand = t.reg().companies().add(third);
    ASSERT_FALSE(byHand.ok());
    EXPECT_EQ(kept.rejected.front().message, byHand.refusal().message);
    EXPECT_TRUE(kept.rejected.front().message.contains(
        QStringLiteral("#%1").arg(idOfIce(t.reg(), validIce(1)))));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

TEST(BulkImport, AnRcRepeatedWithinTheFileIsRefusedWhateverTheCourtsSpelling)
{
    TempRegister t;
    const QString csv =
        CompanyHeader +
        companyLine(1, validIce(1), QStringLiteral("777"), QStringLiteral("Rabat")) +
        companyLine(2, validIce(2), QStringLiteral("777"), QStringLiteral("RABAT"));
    const ImportReport report = ImportService(t.reg()).importCompanies(sheet(csv), skipping());
    EXPECT_EQ(report.imported, 1);
    ASSERT_EQ(report.rejected.size(), 1);
    EXPECT_EQ(report.rejected.front().line, 3);
    EXPECT_EQ(report.rejected.front().field, QStringLiteral("rc"));
}

TEST(BulkImport, ACompanyAlreadyRegisteredByAClerkIsADuplicateForTheFile)
{
    TempRegister t;
    ASSERT_TRUE(t.reg().companies().add(sampleCompany(1)).ok());
    const QString csv = CompanyHeader + companyLine(2, sampleCompany(1).ice, QStringLiteral("9"),
                                                    QStringLiteral("Rabat"));
    const ImportReport report = ImportService(t.reg()).importCompanies(sheet(csv), ImportOptions{});
    ASSERT_EQ(report.rejected.size(), 1);
    EXPECT_EQ(report.rejected.front().field, QStringLiteral("ice"));
    EXPECT_EQ(t.reg().companies().count(CompanyFilter{}), 1);
}

TEST(BulkImport, RightsOfCompaniesImportedInTheSameSessionAreGrantedAndChecked)
{
    TempRegister t;
    threeCompanies(t.reg());
    const QString csv = QStringLiteral("ice,right,number,decision,from\n"
                                       "%1,authorization,AUT-1,D-1,2020-01-01\n"
                                       "%1,national,AEN-1,D-2,2020-02-01\n"
                                       "%2,authorization,AUT-2,D-3,2020-01-01\n")
                            .arg(validIce(1), validIce(2));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), ImportOptions{});
    ASSERT_TRUE(report.rejected.isEmpty()) << report.rejected.front().message.toStdString();
    EXPECT_TRUE(report.written);
    const CompanyRights first = t.reg().rights().ofCompany(idOfIce(t.reg(), validIce(1)));
    ASSERT_EQ(first.authorizations.size(), 1);
    ASSERT_EQ(first.accreditations.size(), 1);
    EXPECT_EQ(first.accreditations.front().number, QStringLiteral("AEN-1"));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

TEST(BulkImport, TwoRowsOverlappingEachOtherBreakRuleOneAndThree)
{
    TempRegister t;
    threeCompanies(t.reg());
    // Each row alone is valid; the second authorization and the second national accreditation
    // overlap the ones granted by the rows before them.
    const QString csv = QStringLiteral("ice,right,number,decision,from,until\n"
                                       "%1,authorization,AUT-1,D-1,2020-01-01,\n"
                                       "%1,authorization,AUT-2,D-2,2022-01-01,2023-12-31\n"
                                       "%1,national,AEN-1,D-3,2020-02-01,2024-01-31\n"
                                       "%1,national,AEN-2,D-4,2023-02-01,\n")
                            .arg(validIce(1));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), skipping());
    EXPECT_EQ(report.imported, 2);
    ASSERT_EQ(report.rejected.size(), 2);
    EXPECT_EQ(report.rejected.at(0).line, 3);
    EXPECT_TRUE(report.rejected.at(0).message.contains(QStringLiteral("AUT-1")));
    EXPECT_EQ(report.rejected.at(1).line, 5);
    EXPECT_TRUE(report.rejected.at(1).message.contains(QStringLiteral("AEN-1")));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

TEST(BulkImport, AnAccreditationAfterItsAuthorizationsSuspensionInTheFileIsRefused)
{
    TempRegister t;
    threeCompanies(t.reg());
    // Row 2 alone would be valid: rule 2 fails only because row 3 suspends the authorization
    // (row 4, before the suspension, is granted).
    const QString csv =
        QStringLiteral("ice,right,number,decision,from,until,status,since,reason\n"
                       "%1,national,AEN-1,D-2,2021-06-01,,,,\n"
                       "%1,authorization,AUT-1,D-1,2020-01-01,,suspended,2021-01-01,Dossier\n"
                       "%1,national,AEN-2,D-3,2020-06-01,2020-12-31,,,\n")
            .arg(validIce(1));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), skipping());
    EXPECT_EQ(report.imported, 2);
    ASSERT_EQ(report.rejected.size(), 1);
    EXPECT_EQ(report.rejected.front().line, 2);
    EXPECT_EQ(report.rejected.front().field, QStringLiteral("from"));
    const auto list = t.reg().companies().list(CompanyListQuery{});
    EXPECT_EQ(list.front().standing.of(RightKind::Authorization), RightStatus::Suspended);
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

TEST(BulkImport, ANumberRepeatedWithinTheFileOrAlreadyGrantedIsRefused)
{
    TempRegister t;
    threeCompanies(t.reg());
    GrantRules::GrantRequest byClerk;
    byClerk.reference = QStringLiteral("D-0");
    byClerk.validFrom = QDate(2019, 1, 1);
    ASSERT_TRUE(
        t.reg().rights().grant(idOfIce(t.reg(), validIce(3)), byClerk, QStringLiteral("AUT-9")));
    const QString csv = QStringLiteral("ice,right,number,decision,from\n"
                                       "%1,authorization,AUT-1,D-1,2020-01-01\n"
                                       "%2,authorization,AUT-1,D-2,2020-01-01\n"
                                       "%2,authorization,AUT-9,D-3,2020-01-01\n")
                            .arg(validIce(1), validIce(2));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), skipping());
    EXPECT_EQ(report.imported, 1);
    ASSERT_EQ(report.rejected.size(), 2);
    EXPECT_EQ(report.rejected.at(0).field, QStringLiteral("number"));
    EXPECT_EQ(report.rejected.at(1).field, QStringLiteral("number"));
}

TEST(BulkImport, ARightAlreadyHeldInTheRegisterCountsForTheFilesRows)
{
    TempRegister t;
    threeCompanies(t.reg());
    GrantRules::GrantRequest byClerk;
    byClerk.reference = QStringLiteral("D-0");
    byClerk.validFrom = QDate(2019, 1, 1);
    byClerk.end = ValidityEnd::noEnd();
    ASSERT_TRUE(t.reg().rights().grant(idOfIce(t.reg(), validIce(1)), byClerk));
    const QString csv = QStringLiteral("ice,right,number,decision,from\n"
                                       "%1,national,AEN-1,D-1,2020-01-01\n"
                                       "%1,authorization,AUT-1,D-2,2021-01-01\n")
                            .arg(validIce(1));
    const ImportReport report = ImportService(t.reg()).importRights(sheet(csv), skipping());
    EXPECT_EQ(report.imported, 1); // the accreditation, on the clerk's authorization
    ASSERT_EQ(report.rejected.size(), 1);
    EXPECT_EQ(report.rejected.front().line, 3); // rule 1
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

// The audit trail of an import holds one chained entry per change, as a clerk's entries leave
// it, and a cancelled import leaves none.
TEST(BulkImport, EachImportedChangeHasItsAuditEntryAndACancellationNone)
{
    TempRegister t;
    threeCompanies(t.reg());
    const qsizetype before = t.reg().integrity().auditTrail({}, 0).size();
    const QString csv =
        QStringLiteral("ice,right,number,decision,from,status,since,reason\n"
                       "%1,authorization,AUT-1,D-1,2020-01-01,revoked,2022-01-01,Inactivité\n"
                       "%2,authorization,AUT-2,D-2,2020-01-01,,,\n")
            .arg(validIce(1), validIce(2));
    const ImportReport cancelled = ImportService(t.reg()).importRights(
        sheet(csv), ImportOptions{}, [](int done, int) { return done < 2; });
    EXPECT_TRUE(cancelled.cancelled);
    EXPECT_EQ(t.reg().integrity().auditTrail({}, 0).size(), before);

    ASSERT_TRUE(ImportService(t.reg()).importRights(sheet(csv), ImportOptions{}).written);
    const QVector<AuditEntry> trail = t.reg().integrity().auditTrail({}, 0);
    ASSERT_EQ(trail.size(), before + 3); // two grants, one revocation
    EXPECT_EQ(trail.at(before).action, QStringLiteral("grant"));
    EXPECT_EQ(trail.at(before + 1).action, QStringLiteral("revoke"));
    EXPECT_EQ(trail.at(before + 1).details.value(QStringLiteral("number")).toString(),
              QStringLiteral("AUT-1"));
    EXPECT_EQ(trail.at(before + 2).action, QStringLiteral("grant"));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}
