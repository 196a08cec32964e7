// Batches hold the write lock only briefly, record only what they deliver, and previews issue
// nothing.
#include "certificates/CertificatePdfFile.h"
#include "CertificateTestSupport.h"
#include "services/IntegrityService.h"
#include "services/Register.h"

#include <QFile>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// A second accreditation (international) for the fixture's company.
qint64 secondAccreditation(CertifiedCompany& f)
{
    return f.t.reg()
        .rights()
        .grant(f.company, {RightKind::International,
                           QStringLiteral("D-3"),
                           QDate(2026, 3, 1),
                           QDate(2026, 3, 1),
                           {}})
        .value()
        .id;
}
} // namespace

TEST(CertificateBatch, APreviewAllocatesNothingAndCarriesNoNumberOrCode)
{
    CertifiedCompany f;
    const auto shown = f.certificates().preview({f.accreditation});
    ASSERT_TRUE(shown.ok());
    ASSERT_EQ(shown.value().size(), 1);
    EXPECT_TRUE(shown.value().front().preview);
    EXPECT_TRUE(shown.value().front().number.isEmpty());
    EXPECT_TRUE(shown.value().front().code.isEmpty());
    EXPECT_EQ(shown.value().front().holderName, sampleCompany(1).name);
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("counters WHERE name LIKE 'certificate:%'"), 0);
    EXPECT_EQ(f.issue(f.accreditation).number, QStringLiteral("ATT-AEN-2026-0001"));
}

TEST(CertificateBatch, ACancelledBatchRecordsNothingAndGivesItsNumbersBack)
{
    CertifiedCompany f;
    const qint64 second = secondAccreditation(f);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    CertificatePdfFile file(path);
    const auto cancelled = f.certificates().issue(
        {f.accreditation, second},
        [&](const auto& all) { return file.write(all, [](int done) { return done < 1; }); },
        [&] { return file.commit(); });
    ASSERT_FALSE(cancelled.ok());
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_EQ(f.count("certificate_prints"), 0);
    EXPECT_EQ(f.issue(f.accreditation).number, QStringLiteral("ATT-AEN-2026-0001"));
}

TEST(CertificateBatch, AFileThatCannotBeWrittenRecordsNothing)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/c.pdf"));
    CertificatePdfFile file(path);
    const auto issued = f.certificates().issue(
        {f.accreditation}, [&](const auto& all) { return file.write(all); },
        [&] { return file.commit(); });
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(f.count("certificates"), 0);
    EXPECT_FALSE(QFile::exists(path));
}

TEST(CertificateBatch, ThePdfAppearsOnlyAfterTheCertificatesAreRecorded)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    CertificatePdfFile file(path);
    int recordedWhenDelivered = -1;
    bool fileExistedBeforeDelivery = true;
    const auto issued = f.certificates().issue(
        {f.accreditation},
        [&](const auto& all) {
            const bool written = file.write(all);
            fileExistedBeforeDelivery = QFile::exists(path);
            return written;
        },
        [&] {
            recordedWhenDelivered = f.count("certificates");
            return file.commit();
        });
    ASSERT_TRUE(issued.ok()) << issued.refusal().message.toStdString();
    EXPECT_FALSE(fileExistedBeforeDelivery);
    EXPECT_EQ(recordedWhenDelivered, 1);
    EXPECT_TRUE(QFile::exists(path));
    EXPECT_EQ(f.count("certificate_prints"), 1);
}

TEST(CertificateBatch, AFailedDeliveryLeavesTheCertificatesRecordedButNotPrinted)
{
    CertifiedCompany f;
    const auto issued = f.certificates().issue(
        {f.accreditation}, [](const auto&) { return true; }, [] { return false; });
    ASSERT_FALSE(issued.ok());
    EXPECT_EQ(f.count("certificates"), 1);
    EXPECT_EQ(f.count("certificate_prints"), 0);
    // Asked again, the same certificate comes back, not as a duplicate: it was never printed.
    const CertificateContent again = f.issue(f.accreditation);
    EXPECT_EQ(again.number, QStringLiteral("ATT-AEN-2026-0001"));
    EXPECT_FALSE(again.duplicate);
}

TEST(CertificateBatch, AnotherClerkCanWriteWhileABatchRenders)
{
    CertifiedCompany f;
    const qint64 second = secondAccreditation(f);
    QTemporaryDir dir;
    CertificatePdfFile file(dir.filePath(QStringLiteral("batch.pdf")));
    int written = 0;
    const auto issued = f.certificates().issue(
        {f.accreditation, second},
        [&](const auto& all) {
            return file.write(all, [&](int done) {
                // Between two pages, another workstation's connection records a company.
                Register other(f.t.path(), f.t.clock(), QStringLiteral("clerk2"));
                if (other.companies().add(sampleCompany(10 + done)).ok())
                    ++written;
                return true;
            });
        },
        [&] { return file.commit(); });
    ASSERT_TRUE(issued.ok()) << issued.refusal().message.toStdString();
    EXPECT_EQ(written, 2);
    EXPECT_EQ(f.count("certificates"), 2);
    EXPECT_EQ(f.count("companies"), 3);
}

TEST(CertificateBatch, ALargeBatchIsRecordedInGroupsAndNumberedWithoutGaps)
{
    CertifiedCompany f;
    QVector<qint64> ids;
    for (int n = 2; n <= CertificateService::RecordGroup + 12; ++n) {
        const qint64 company = f.t.reg().companies().add(sampleCompany(n)).value();
        f.t.reg().rights().grant(company, {RightKind::Authorization,
                                           QStringLiteral("A-%1").arg(n),
                                           QDate(2026, 1, 5),
                                           QDate(2026, 1, 5),
                                           {}});
        ids.append(f.t.reg()
                       .rights()
                       .grant(company, {RightKind::National,
                                        QStringLiteral("N-%1").arg(n),
                                        QDate(2026, 2, 1),
                                        QDate(2026, 2, 1),
                                        {}})
                       .value()
                       .id);
    }
    const auto issued = f.certificates().issue(ids, [](const auto&) { return true; });
    ASSERT_TRUE(issued.ok()) << issued.refusal().message.toStdString();
    EXPECT_EQ(f.count("certificates"), ids.size());
    EXPECT_EQ(f.count("certificate_prints"), ids.size());
    EXPECT_EQ(issued.value().back().number,
              QStringLiteral("ATT-AEN-2026-%1").arg(ids.size(), 4, 10, QLatin1Char('0')));
    EXPECT_TRUE(f.t.reg().integrity().findings().isEmpty());
}
