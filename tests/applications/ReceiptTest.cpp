// The receipt: one A4 page, French and Arabic, with the reference, the date received, the pieces
// received and the deadline; the text is read back from the PDF with Poppler.
#include "applications/ApplicationService.h"
#include "applications/ReceiptDocument.h"
#include "services/CompanyService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <poppler-qt6.h>
#include <QFile>
#include <QPageSize>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// Poppler gives Arabic as presentation forms (the shaped glyphs); NFKC folds them back to
// letters, and the bidi marks are dropped, so the words can be compared with plain text.
QString plain(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    for (QChar mark : {QChar(0x202A), QChar(0x202B), QChar(0x202C), QChar(0x200E), QChar(0x200F)})
        text.remove(mark);
    return text;
}
} // namespace

TEST(Receipt, OneA4PageInFrenchAndArabic)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(3)).value();
    NewApplication a;
    a.companyId = company;
    a.kind = RightKind::National;
    a.received = QDate(2026, 2, 25);
    const Outcome<Filed> filed = ApplicationService(t.reg()).file(a);
    ASSERT_TRUE(filed);
    const ApplicationService service(t.reg());
    ASSERT_TRUE(service.recordPiece(filed.value().id, PieceKind::Statutes, QDate(2025, 11, 3)));
    ASSERT_TRUE(
        service.recordPiece(filed.value().id, PieceKind::TaxRegularity, QDate(2026, 1, 14)));

    const auto receipt = ReceiptDocument::load(t.reg(), filed.value().id);
    ASSERT_TRUE(receipt);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("recepisse.pdf"));
    ASSERT_TRUE(receipt.value()->writePdf(path));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    ASSERT_TRUE(pdf.startsWith("%PDF-"));
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    ASSERT_TRUE(doc);
    ASSERT_EQ(doc->numPages(), 1);
    const std::unique_ptr<Poppler::Page> page = doc->page(0);
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Point);
    EXPECT_NEAR(page->pageSizeF().width(), a4.width(), 1.0);
    EXPECT_NEAR(page->pageSizeF().height(), a4.height(), 1.0);

    const QString text = plain(page->text(QRectF()));
    // French.
    for (const char* expected :
         {"Récépissé de dépôt de dossier", "REC-2026-0001", "Atlas Productions 3",
          "Agrément d'exécution de production nationale", "Dossier reçu le : 25/02/2026",
          "Date limite de la décision : 17/03/2026", "20 jours",
          "Statuts (objet incluant la production cinématographique), en date du 03/11/2025",
          "Attestation de régularité fiscale, en date du 14/01/2026", "Justificatif du capital",
          "Liste des films déjà produits"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Arabic: the title word, the company's Arabic name, the subject and the labels, including
    // words with the lam-alef ligature (written as presentation forms, see PdfArabic.h).
    for (const char* expected :
         {"وصل", "أطلس", "اعتماد تنفيذ الإنتاج الوطني", "الوطني", "رقم الوصل", "تاريخ تسلم الملف",
          "الوثائق المتسلمة", "الوثائق الناقصة", "النظام", "شهادة الوضعية الجبائية القانونية"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Dates and the reference appear in both halves.
    EXPECT_EQ(text.count(QStringLiteral("REC-2026-0001")), 2);
    EXPECT_EQ(text.count(QStringLiteral("17/03/2026")), 2);
}

TEST(Receipt, AnUnknownDossierOrAnUnwritableFileIsRefused)
{
    TempRegister t;
    EXPECT_EQ(ReceiptDocument::load(t.reg(), 9).refusal().rule, Rule::NotFound);
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    NewApplication a;
    a.companyId = company;
    a.received = QDate(2026, 3, 2);
    const qint64 id = ApplicationService(t.reg()).file(a).value().id;
    const auto receipt = ReceiptDocument::load(t.reg(), id);
    ASSERT_TRUE(receipt);
    const Check written = receipt.value()->writePdf(QStringLiteral("/nonexistent/dir/r.pdf"));
    ASSERT_FALSE(written);
    EXPECT_EQ(written.refusal().field, QStringLiteral("out"));
}
