// What export writes, import reads back into an empty register as the same companies and
// rights, in CSV and in XLSX.
#include "io/ExportService.h"
#include "io/ImportService.h"
#include "Names.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {

void fill(Register& reg)
{
    const RightService rights = reg.rights();
    for (int n = 1; n <= 4; ++n) {
        Company c = sampleCompany(n, QStringLiteral("SARL"), 1000000);
        c.name = QStringLiteral("Société %1, Les Films").arg(n);
        c.address = QStringLiteral("%1 rue des Studios; Quartier Hivernage").arg(n);
        c.taxId = QStringLiteral("1234567");
        c.email = QStringLiteral("contact%1@example.ma").arg(n);
        c.memberships = {{QStringLiteral("CNPF"), QDate(2014, 1, n)}};
        if (n == 3)
            c.memberships.append({QStringLiteral("CMPF"), QDate()});
        const qint64 id = reg.companies().add(c).value();
        const Granted auth =
            rights
                .grant(id, {RightKind::Authorization, QStringLiteral("D-%1").arg(n),
                            QDate(2019, 1, n), QDate(2019, 2, n), ValidityEnd::noEnd()})
                .value();
        if (n != 4)
            rights.grant(id,
                         {RightKind::National, QStringLiteral("DN-%1").arg(n), QDate(2020, 1, n),
                          QDate(2020, 2, n), ValidityEnd::until(QDate(2028, 2, n))});
        if (n == 2)
            rights.decide(auth.id, {DecisionType::Suspend,
                                    QStringLiteral("S-2"),
                                    QDate(2025, 5, 5),
                                    QStringLiteral("Contrôle fiscal"),
                                    {},
                                    {}});
        if (n == 3)
            rights.decide(auth.id, {DecisionType::Revoke,
                                    QStringLiteral("R-3"),
                                    QDate(2025, 6, 6),
                                    QStringLiteral("Inactivité"),
                                    {},
                                    {}});
    }
}

// Everything that makes a company and its rights the same, without ids.
QStringList describe(Register& reg)
{
    QStringList out;
    for (const CompanyListEntry& e : reg.companies().list(CompanyListQuery{})) {
        Company c = *reg.companies().find(e.company.id);
        QStringList bodies;
        for (const Membership& m : c.memberships)
            bodies << m.body + m.since.toString(Qt::ISODate);
        out << QStringList{c.name,           c.nameAr,
                           c.legalForm,      c.rcNumber,
                           c.rcCourt,        c.ice,
                           c.taxId,          QString::number(c.capital.value_or(-1)),
                           c.address,        c.city,
                           c.manager,        c.email,
                           bodies.join(u',')}
                   .join(u'|');
        const CompanyRights held = reg.rights().ofCompany(e.company.id);
        for (const Right& r : held.authorizations + held.accreditations) {
            const RightTimeline timeline(r);
            QStringList states;
            for (const QDate d : {QDate(2019, 2, 1), QDate(2021, 1, 1), QDate(2025, 5, 4),
                                  QDate(2025, 5, 5), QDate(2026, 3, 2), QDate(2029, 1, 1)})
                states << Names::code(timeline.statusOn(d));
            out << QStringList{r.number,
                               Names::code(r.kind),
                               r.grant().reference,
                               r.grant().decisionDate.toString(Qt::ISODate),
                               r.validFrom.toString(Qt::ISODate),
                               timeline.finalValidUntil().toString(Qt::ISODate),
                               r.history.back().reason,
                               states.join(u',')}
                       .join(u'|');
        }
    }
    return out;
}

void roundTrip(const QString& extension)
{
    TempRegister source;
    fill(source.reg());
    QTemporaryDir dir;
    const QString companies = dir.filePath(QStringLiteral("companies.") + extension);
    const QString rights = dir.filePath(QStringLiteral("rights.") + extension);
    const ExportService exporter(source.reg());
    ASSERT_EQ(exporter.exportCompanies(companies, {}).value(), 4);
    ASSERT_EQ(exporter.exportRights(rights, {}).value(), 7);

    TempRegister target;
    const ImportService importer(target.reg());
    const ImportReport c =
        importer.importCompanies(ImportService::readFile(companies).value(), ImportOptions{});
    ASSERT_TRUE(c.rejected.isEmpty()) << c.rejected.front().message.toStdString();
    const ImportReport r =
        importer.importRights(ImportService::readFile(rights).value(), ImportOptions{});
    ASSERT_TRUE(r.rejected.isEmpty()) << r.rejected.front().message.toStdString();
    EXPECT_EQ(r.imported, 7);
    const QStringList before = describe(source.reg());
    EXPECT_EQ(before.size(), 11);
    EXPECT_EQ(describe(target.reg()), before);
}

} // namespace

TEST(RoundTrip, CsvGivesTheSameCompaniesAndRights)
{
    roundTrip(QStringLiteral("csv"));
}

TEST(RoundTrip, XlsxGivesTheSameCompaniesAndRights)
{
    roundTrip(QStringLiteral("xlsx"));
}

TEST(RoundTrip, BodyListHoldsOnlyItsMembersWithTheirStanding)
{
    TempRegister t;
    fill(t.reg());
    CompanyExportQuery query;
    query.body = QStringLiteral("CMPF");
    const QVector<QStringList> rows = ExportService(t.reg()).companyRows(query);
    ASSERT_EQ(rows.size(), 1);
    const QStringList header = ExportService::companyHeader();
    EXPECT_EQ(rows[0].at(header.indexOf(QStringLiteral("ice"))), validIce(3));
    EXPECT_EQ(rows[0].at(header.indexOf(QStringLiteral("authorization"))),
              QStringLiteral("revoked"));
}

TEST(RoundTrip, UnknownExtensionWritesNothing)
{
    TempRegister t;
    QTemporaryDir dir;
    EXPECT_FALSE(
        ExportService(t.reg()).exportRights(dir.filePath(QStringLiteral("x.ods")), {}).ok());
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.ods"))));
}
