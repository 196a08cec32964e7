#include "certificates/CertificateRenderer.h"
#include "certificates/PdfCodeReader.h"
#include "certificates/PublishedList.h"
#include "CertificateTestSupport.h"

#include <memory>
#include <poppler-qt6.h>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// Poppler returns Arabic in presentation forms; NFKC gives back the letters typed.
QString readable(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC);
}
} // namespace

TEST(CertificatePdf, CarriesTheFieldsInFrenchAndArabicAndItsCode)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    const CertificateContent c = f.issue(
        f.accreditation, [&](const auto& all) { return CertificateRenderer::writePdf(path, all); });
    const auto pages = PdfCodeReader::pageTexts(path);
    ASSERT_TRUE(pages.has_value());
    ASSERT_EQ(pages->size(), 1);
    const QString text = readable(pages->front());
    for (const QString& expected :
         {c.number, c.ice, c.holderName, QStringLiteral("AEN-2026-0001"),
          QStringLiteral("31/01/2028"), QStringLiteral("ROYAUME DU MAROC"),
          QStringLiteral("Centre cinématographique marocain"),
          QStringLiteral("production nationale"), QStringLiteral("المملكة المغربية"),
          QStringLiteral("المركز السينمائي المغربي"), QStringLiteral("أطلس للإنتاج"),
          QStringLiteral("شهادة الاعتماد"), QStringLiteral("اعتماد تنفيذ الإنتاج الوطني")})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("DUPLICATA")));
    EXPECT_EQ(PdfCodeReader::codes(path), QStringList{c.code});
}

TEST(CertificatePdf, AReprintSaysDuplicata)
{
    CertifiedCompany f;
    f.issue(f.accreditation);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("again.pdf"));
    const CertificateContent again = f.issue(
        f.accreditation, [&](const auto& all) { return CertificateRenderer::writePdf(path, all); });
    ASSERT_TRUE(again.duplicate);
    EXPECT_TRUE(PdfCodeReader::pageTexts(path)->front().contains(QStringLiteral("DUPLICATA")));
}

TEST(CertificatePdf, ABatchIsOnePdfWithAPagePerCertificateAndCancelWritesNoFile)
{
    CertifiedCompany f;
    const qint64 second = f.t.reg()
                              .rights()
                              .grant(f.company, {RightKind::International,
                                                 QStringLiteral("D-3"),
                                                 QDate(2026, 11, 1),
                                                 QDate(2026, 11, 1),
                                                 {}})
                              .value()
                              .id;
    QTemporaryDir dir;
    const QString cancelled = dir.filePath(QStringLiteral("cancelled.pdf"));
    const auto refused = f.certificates().issue({f.accreditation, second}, [&](const auto& all) {
        return CertificateRenderer::writePdf(cancelled, all, [](int done) { return done < 1; });
    });
    EXPECT_FALSE(refused.ok());
    EXPECT_FALSE(QFile::exists(cancelled));
    EXPECT_EQ(f.count("certificates"), 0);

    const QString path = dir.filePath(QStringLiteral("batch.pdf"));
    const auto issued = f.certificates().issue({f.accreditation, second}, [&](const auto& all) {
        return CertificateRenderer::writePdf(path, all);
    });
    ASSERT_TRUE(issued.ok());
    EXPECT_EQ(PdfCodeReader::pageTexts(path)->size(), 2);
    EXPECT_EQ(PdfCodeReader::codes(path)->size(), 2);
}

TEST(PublishedList, ListsTheAccreditedCompaniesInBothLanguages)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.pdf"));
    EXPECT_EQ(PublishedList::writePdf(f.t.reg(), RightKind::National, QDate(2026, 11, 26), path),
              1);
    const QString text = readable(PdfCodeReader::pageTexts(path)->join(QLatin1Char('\n')));
    EXPECT_TRUE(text.contains(QStringLiteral("AEN-2026-0001")));
    EXPECT_TRUE(text.contains(f.t.reg().companies().find(f.company)->name));
    EXPECT_TRUE(text.contains(QStringLiteral("المركز السينمائي المغربي")));
    EXPECT_EQ(
        PublishedList::writePdf(f.t.reg(), RightKind::International, QDate(2026, 11, 26), path), 0);
}

TEST(CertificatePdf, TheQrCodeReadsBackAsThePageAddressWithThePrintedCode)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    const CertificateContent c = f.issue(
        f.accreditation, [&](const auto& all) { return CertificateRenderer::writePdf(path, all); });
    // The page as a modest scanner or a screen would see it (150 dpi), read by zbar.
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::load(path);
    ASSERT_TRUE(document);
    const QString image = dir.filePath(QStringLiteral("page.png"));
    ASSERT_TRUE(document->page(0)->renderToImage(150, 150).save(image));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), image});
    ASSERT_TRUE(zbar.waitForFinished(30000)) << "zbarimg (package zbar-tools) is needed";
    // A phone's camera opens the public verification page with the code in the fragment.
    EXPECT_EQ(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(),
              QStringLiteral("https://www.ccm.ma/verification/#") + c.code);
}
