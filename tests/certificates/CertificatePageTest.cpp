// The printed page read back with Poppler: where things are, not only what they say.
#include "certificates/CertificatePdfFile.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/Letterhead.h"
#include "certificates/PdfCodeReader.h"
#include "CertificateTestSupport.h"

#include <memory>
#include <poppler-qt6.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
constexpr double PointsPerMm = 72.0 / 25.4;

QString readable(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC);
}

struct Page
{
    std::unique_ptr<Poppler::Document> document;
    std::unique_ptr<Poppler::Page> page;
    std::vector<std::unique_ptr<Poppler::TextBox>> words;

    explicit Page(const QString& path)
        : document(Poppler::Document::load(path)), page(document ? document->page(0) : nullptr)
    {
        if (page)
            words = page->textList();
    }
    // The boxes (in points from the top left) of the words equal to `text`, top to bottom.
    QVector<QRectF> boxes(const QString& text) const
    {
        QVector<QRectF> out;
        for (const auto& w : words)
            if (readable(w->text()) == text)
                out.append(w->boundingBox());
        std::sort(out.begin(), out.end(),
                  [](const QRectF& a, const QRectF& b) { return a.top() < b.top(); });
        return out;
    }
    QString text() const { return readable(page->text(QRectF())); }
};

QString issuePdf(CertifiedCompany& f, const QString& path)
{
    CertificatePdfFile file(path, f.certificates().pageOptions());
    const auto issued = f.certificates().issue(
        {f.accreditation}, [&](const auto& all) { return file.write(all); },
        [&] { return file.commit(); });
    EXPECT_TRUE(issued.ok()) << issued.refusal().message.toStdString();
    return issued.ok() ? issued.value().front().number : QString();
}
} // namespace

TEST(CertificatePage, TheArabicColumnIsRightAlignedAndItsLatinValuesMatchTheFrenchSize)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    issuePdf(f, path);
    const Page page(path);
    ASSERT_TRUE(page.page);
    const QString ice = f.t.reg().companies().find(f.company)->ice;
    QVector<QRectF> found = page.boxes(ice);
    ASSERT_GE(found.size(), 2) << page.text().toStdString();
    std::sort(found.begin(), found.end(),
              [](const QRectF& a, const QRectF& b) { return a.left() < b.left(); });
    const QRectF french = found.front();
    const QRectF arabic = found.back();
    EXPECT_LT(french.left(), 20 * PointsPerMm);         // at the French column's left edge
    EXPECT_GT(arabic.right(), 193 * PointsPerMm);       // at the Arabic column's right edge
    EXPECT_NEAR(arabic.height(), french.height(), 0.5); // the same size in both columns
}

TEST(CertificatePage, LeavesFourCentimetresToSignAndStampAboveTheVerificationBox)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    const QString number = issuePdf(f, path);
    const Page page(path);
    ASSERT_TRUE(page.page);
    // The last line above the free space is the place and date line and the signatory's title;
    // the first below is the verification code (the certificate's number is printed in it).
    double lowestAbove = 0;
    double verificationTop = 1e9;
    const QString codeStart = QStringLiteral("CCM1");
    for (const auto& w : page.words) {
        const QRectF b = w->boundingBox();
        if (w->text().startsWith(codeStart))
            verificationTop = std::min(verificationTop, b.top());
    }
    ASSERT_LT(verificationTop, 1e9);
    for (const auto& w : page.words) {
        const QRectF b = w->boundingBox();
        if (b.bottom() < verificationTop - 20 && b.bottom() > lowestAbove)
            lowestAbove = b.bottom();
    }
    EXPECT_GE(verificationTop - lowestAbove, 40 * PointsPerMm)
        << "free space " << (verificationTop - lowestAbove) / PointsPerMm << " mm";
    EXPECT_FALSE(number.isEmpty());
}

TEST(CertificatePage, NamesThePlaceInEachLanguageAndTheVerificationAddress)
{
    CertifiedCompany f;
    Settings s = f.t.reg().settings();
    s.verificationUrl = QStringLiteral("https://verif.example.ma/ccm/");
    s.certificatePlaceAr = QStringLiteral("الرباط");
    f.t.reg().saveSettings(s);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    issuePdf(f, path);
    const Page page(path);
    const QString text = page.text();
    EXPECT_TRUE(text.contains(QStringLiteral("https://verif.example.ma/ccm/")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("الرباط")));
    EXPECT_TRUE(text.contains(QStringLiteral("Rabat")));
    EXPECT_FALSE(text.contains(QStringLiteral("cinereg")));
    // "Rabat" appears once, in the French column: the Arabic line has its Arabic name.
    EXPECT_EQ(page.boxes(QStringLiteral("Rabat")).size() +
                  page.boxes(QStringLiteral("Rabat,")).size(),
              1);
}

TEST(CertificatePage, APreviewIsMarkedAndCarriesNoNumberNorCode)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("preview.pdf"));
    const auto shown = f.certificates().preview({f.accreditation});
    ASSERT_TRUE(shown.ok());
    ASSERT_TRUE(
        CertificateRenderer::writePdf(path, shown.value(), {}, f.certificates().pageOptions()));
    const QString text = Page(path).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Aperçu : non délivrée"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("ATT-")));
    EXPECT_TRUE(PdfCodeReader::codes(path)->isEmpty());
    EXPECT_EQ(f.count("certificates"), 0);
}

TEST(CertificatePage, TheLetterheadSetInTheRegisterIsPrintedAtTheTop)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const auto headerInk = [&](const QString& name) {
        const QString path = dir.filePath(name);
        issuePdf(f, path);
        const QImage image = Page(path).page->renderToImage(50, 50);
        int dark = 0; // pixels of the header's middle, between the two languages' headings
        for (int y = int(9 / 25.4 * 50); y < int(25 / 25.4 * 50); ++y)
            for (int x = int(92 / 25.4 * 50); x < int(118 / 25.4 * 50); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        return dark;
    };
    EXPECT_EQ(headerInk(QStringLiteral("plain.pdf")), 0); // none by default

    QImage emblem(200, 200, QImage::Format_RGB32);
    emblem.fill(Qt::white);
    QPainter painter(&emblem);
    painter.fillRect(QRect(40, 40, 120, 120), Qt::darkGreen);
    painter.end();
    const QString file = dir.filePath(QStringLiteral("emblem.png"));
    ASSERT_TRUE(emblem.save(file));
    ASSERT_TRUE(Letterhead(f.t.reg()).set(file).ok());
    EXPECT_GT(headerInk(QStringLiteral("letterhead.pdf")), 20);
    EXPECT_FALSE(Letterhead(f.t.reg()).set(dir.filePath(QStringLiteral("plain.pdf"))).ok());
    Letterhead(f.t.reg()).remove();
    EXPECT_TRUE(Letterhead(f.t.reg()).image().isNull());
}

// With CINEREG_SCREENSHOTS=DIR, the page as printed (150 dpi) is saved as certificate.png.
TEST(CertificatePage, ScreenshotOfThePrintedPage)
{
    CertifiedCompany f;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.pdf"));
    issuePdf(f, path);
    const QImage image = Page(path).page->renderToImage(150, 150);
    EXPECT_EQ(image.width(), qRound(210 / 25.4 * 150));
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        image.save(folder + QStringLiteral("/certificate.png"));
        QFile::copy(path, folder + QStringLiteral("/certificate.pdf"));
    }
}
