// The import's write (ImportService through CompanyBatch and RightBatch): on SQLite the rows are
// checked first and written together at the end in multi-row statements, with ids reserved under
// the write lock, and the seal folds them by reading them back instead of its per-row triggers;
// on a server each row is written as it is accepted. Either way the register must come out as a
// clerk's entries leave it: the ids the refusals name, the audit trail, the standing periods, a
// seal that `check` accepts and that still finds a raw edit made afterwards.
#include "ImportSheets.h"
#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "RawEdit.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/RightService.h"
#include "StorageError.h"
#include "TempRegister.h"
#include "TestServer.h"

#include <gtest/gtest.h>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

namespace {

const QString CompanyHeader =
    QStringLiteral("name,ice,legal_form,rc,rc_court,capital,address,city,member_of\n");

QString companyLine(int n, const QString& ice)
{
    return QStringLiteral("Société %1,%2,SARL,%3,Rabat,1000000,%1 rue Atlas,Rabat,CNPF\n")
        .arg(n)
        .arg(ice, QString::number(700 + n));
}

QStringList changedTables(Register& reg)
{
    QStringList tables;
    for (const QString& finding : reg.integrity().findings())
        if (finding.startsWith(QStringLiteral("Table ")))
            tables.append(finding.section(u' ', 1, 1));
    return tables;
}

} // namespace

// The register already holds a company and its right (a clerk's): the import's companies take
// the next ids, a duplicate within the file names the id its first row got, the rights and
// decisions follow the clerk's, every audit entry names the record it is about, and `check`
// finds nothing.
TEST(ImportWrite, IdsFollowTheRegistersAndEveryRecordIsAuditedUnderItsId)
{
    TempRegister t;
    const qint64 clerks = t.reg().companies().add(sampleCompany(1)).value();
    ASSERT_TRUE(t.reg().rights().grant(
        clerks, {RightKind::Authorization, QStringLiteral("D-0"), {}, QDate(2024, 1, 1), {}}));

    const QString csv = CompanyHeader + companyLine(2, validIce(2)) + companyLine(3, validIce(3)) +
                        companyLine(4, validIce(2)); // the ICE of the file's first row
    const ImportReport companies = ImportService(t.reg()).importCompanies(sheet(csv), skipping());
    ASSERT_TRUE(companies.written);
    EXPECT_EQ(companies.imported, 2);
    const qint64 second = idOfIce(t.reg(), validIce(2));
    const qint64 third = idOfIce(t.reg(), validIce(3));
    EXPECT_EQ(second, clerks + 1);
    EXPECT_EQ(third, clerks + 2);
    ASSERT_EQ(companies.rejected.size(), 1);
    EXPECT_EQ(companies.rejected.front().line, 4);
    EXPECT_TRUE(companies.rejected.front().message.contains(QStringLiteral("#%1").arg(second)))
        << companies.rejected.front().message.toStdString();
    EXPECT_EQ(t.reg().companies().find(second)->memberships.size(), 1);

    const QString rights =
        QStringLiteral("ice,right,number,decision,from,status,since,reason\n"
                       "%1,authorization,AUT-2,D-2,2020-01-01,,,\n"
                       "%1,national,NAT-2,D-3,2020-02-01,suspended,2021-01-01,Dossier incomplet\n"
                       "%2,authorization,AUT-3,D-4,2020-01-01,revoked,2022-01-01,Inactivité\n")
            .arg(validIce(2), validIce(3));
    const ImportReport granted =
        ImportService(t.reg()).importRights(sheet(rights), ImportOptions{});
    ASSERT_TRUE(granted.written);
    EXPECT_EQ(granted.imported, 3);

    const CompanyRights held = t.reg().rights().ofCompany(second);
    ASSERT_EQ(held.authorizations.size(), 1);
    ASSERT_EQ(held.accreditations.size(), 1);
    const Right& national = held.accreditations.front();
    EXPECT_GT(held.authorizations.front().id,
              t.reg().rights().ofCompany(clerks).authorizations.front().id);
    ASSERT_EQ(national.history.size(), 2);
    EXPECT_EQ(national.history.at(1).type, DecisionType::Suspend);
    EXPECT_EQ(national.history.at(1).reason, QStringLiteral("Dossier incomplet"));
    EXPECT_EQ(RightTimeline(national).statusOn(QDate(2021, 6, 1)), RightStatus::Suspended);

    // Each imported record's audit entry carries its id, in the order written.
    const QVector<AuditEntry> ofSecond =
        t.reg().integrity().auditTrail(QStringLiteral("company"), second);
    ASSERT_EQ(ofSecond.size(), 1);
    EXPECT_EQ(ofSecond.front().details.value(QStringLiteral("ice")).toString(), validIce(2));
    const QVector<AuditEntry> ofNational =
        t.reg().integrity().auditTrail(QStringLiteral("accreditation"), national.id);
    ASSERT_EQ(ofNational.size(), 2);
    EXPECT_EQ(ofNational.at(0).action, QStringLiteral("grant"));
    EXPECT_EQ(ofNational.at(1).action, QStringLiteral("suspend"));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

// After an import the seal is exact, its capture works again for a clerk's next entry, and a
// raw edit of any table the import wrote is found.
TEST(ImportWrite, TheSealAfterAnImportStillFindsARawEditOfEachTableItWrote)
{
    TempRegister t;
    QString csv = CompanyHeader;
    for (int n = 1; n <= 5; ++n)
        csv += companyLine(n, validIce(n));
    ASSERT_TRUE(ImportService(t.reg()).importCompanies(sheet(csv), ImportOptions{}).written);
    QString rights = QStringLiteral("ice,right,number,decision,from,status,since,reason\n");
    for (int n = 1; n <= 5; ++n)
        rights += QStringLiteral("%1,authorization,AUT-%2,D-%2,2020-01-01,,,\n"
                                 "%1,national,NAT-%2,E-%2,2020-02-01,%3,%4,%5\n")
                      .arg(validIce(n))
                      .arg(n)
                      .arg(n == 2 ? QStringLiteral("suspended") : QString(),
                           n == 2 ? QStringLiteral("2021-01-01") : QString(),
                           n == 2 ? QStringLiteral("Dossier incomplet") : QString());
    ASSERT_TRUE(ImportService(t.reg()).importRights(sheet(rights), ImportOptions{}).written);
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());

    // A clerk's entry after the import is captured by the seal as before.
    const qint64 later = t.reg().companies().add(sampleCompany(9)).value();
    ASSERT_TRUE(t.reg().rights().grant(
        later, {RightKind::Authorization, QStringLiteral("D-9"), {}, QDate(2025, 1, 1), {}}));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());

    const qint64 third = idOfIce(t.reg(), validIce(3));
    tamper(t, QStringLiteral("UPDATE companies SET capital = 1 WHERE id = %1").arg(third));
    tamper(t,
           QStringLiteral("UPDATE memberships SET body = 'CMPF' WHERE company_id = %1").arg(third));
    tamper(t, QStringLiteral("UPDATE rights SET valid_from = '2019-01-01' WHERE number = 'AUT-4'"));
    tamper(t, QStringLiteral("DELETE FROM standing_periods WHERE company_id = %1")
                  .arg(idOfIce(t.reg(), validIce(5))));
    const QStringList changed = changedTables(t.reg());
    for (const char* table : {"companies", "memberships", "rights", "standing_periods"})
        EXPECT_TRUE(changed.contains(QString::fromLatin1(table)))
            << table << " not found in: " << changed.join(u',').toStdString();
    EXPECT_FALSE(changed.contains(QStringLiteral("decisions")));
}

// With --skip-invalid, good rows among bad ones are written with their histories and audit
// entries, the bad ones leave nothing, and the register passes the check.
TEST(ImportWrite, SkipInvalidWritesTheGoodRowsAmongBadOnesAndNothingOfTheBad)
{
    TempRegister t;
    const qsizetype before = t.reg().integrity().auditTrail({}, 0).size();
    const QString csv =
        CompanyHeader + companyLine(1, validIce(1)) +
        companyLine(2, QStringLiteral("123")) + // not an ICE
        companyLine(3, validIce(3)) +
        QStringLiteral(",%1,SARL,999,Rabat,1,x,Rabat,\n").arg(validIce(4)); // no name
    const ImportReport companies = ImportService(t.reg()).importCompanies(sheet(csv), skipping());
    ASSERT_TRUE(companies.written);
    EXPECT_EQ(companies.imported, 2);
    EXPECT_EQ(t.reg().companies().count(CompanyFilter{}), 2);
    EXPECT_EQ(idOfIce(t.reg(), validIce(4)), 0);
    EXPECT_EQ(t.reg().integrity().auditTrail({}, 0).size(), before + 2);

    const QString rights =
        QStringLiteral("ice,right,number,decision,from,status,since,reason\n"
                       "%1,authorization,AUT-1,D-1,2020-01-01,,,\n"
                       "%1,national,NAT-1,D-2,2019-01-01,,,\n" // before its authorization
                       "%2,authorization,AUT-3,D-3,2020-01-01,revoked,2019-06-01,x\n" // too early
                       "%2,authorization,AUT-4,D-4,2020-01-01,suspended,2021-01-01,Contrôle\n"
                       "%3,authorization,AUT-5,D-5,2020-01-01,,,\n") // no such company
            .arg(validIce(1), validIce(3), validIce(4));
    const ImportReport granted = ImportService(t.reg()).importRights(sheet(rights), skipping());
    ASSERT_TRUE(granted.written);
    EXPECT_EQ(granted.imported, 2);
    QVector<int> lines;
    for (const ImportProblem& p : granted.rejected)
        lines.append(p.line);
    EXPECT_EQ(lines, (QVector<int>{3, 4, 6}));
    const CompanyRights third = t.reg().rights().ofCompany(idOfIce(t.reg(), validIce(3)));
    ASSERT_EQ(third.authorizations.size(), 1);
    EXPECT_EQ(third.authorizations.front().number, QStringLiteral("AUT-4"));
    EXPECT_EQ(RightTimeline(third.authorizations.front()).statusOn(QDate(2021, 6, 1)),
              RightStatus::Suspended);
    // Two companies, two grants, one suspension.
    EXPECT_EQ(t.reg().integrity().auditTrail({}, 0).size(), before + 5);
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
}

// A failure while the rows are being written (here a trigger a raw edit added refuses the
// memberships) rolls the whole import back, the seal's capture included: nothing is written,
// and a clerk's next entry is sealed as usual.
TEST(ImportWrite, AFailureDuringTheWriteWritesNothingAndTheSealStillCaptures)
{
    SKIP_ON_SERVER("the raw trigger is SQLite's; a server's import writes each row at once");
    TempRegister t;
    tamper(t, QStringLiteral("CREATE TRIGGER refuse_members BEFORE INSERT ON memberships "
                             "BEGIN SELECT RAISE(ABORT, 'no members today'); END"));
    const QString csv = CompanyHeader + companyLine(1, validIce(1)) + companyLine(2, validIce(2));
    EXPECT_THROW(ImportService(t.reg()).importCompanies(sheet(csv), ImportOptions{}), StorageError);
    EXPECT_EQ(t.reg().companies().count(CompanyFilter{}), 0);
    tamper(t, QStringLiteral("DROP TRIGGER refuse_members"));

    ASSERT_TRUE(t.reg().companies().add(sampleCompany(5)));
    EXPECT_EQ(t.reg().integrity().findings(), QStringList());
    tamper(t, QStringLiteral("UPDATE companies SET city = 'Fès'"));
    EXPECT_TRUE(changedTables(t.reg()).contains(QStringLiteral("companies")));
}
