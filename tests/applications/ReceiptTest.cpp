// The receipt: one A4 page, French and Arabic, with the reference, the date received, the pieces
// received and the deadline; the text is read back from the PDF with Poppler.
#include "applications/ApplicationService.h"
#include "applications/DossierRules.h"
#include "applications/ReceiptDocument.h"
#include "Localization.h"
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

namespace {
const char* receiptName(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Statutes:
        return "Statutes (purpose including film production)";
    case PieceKind::RegisteredOffice:
        return "Proof of the registered office";
    case PieceKind::BankCapital:
        return "Bank certificate of paid-up capital";
    case PieceKind::TaxRegularity:
        return "Tax-regularity certificate";
    case PieceKind::CnssRegularity:
        return "CNSS-regularity certificate";
    case PieceKind::ManagerId:
        return "Manager's CNIE or residence permit";
    case PieceKind::CapitalProof:
        return "Proof of capital";
    case PieceKind::Films:
        return "List of films already produced";
    }
    return "";
}

QString receiptFr(const char* source)
{
    return Localization::translate(QStringLiteral("fr"), "Receipt", source);
}
} // namespace

// The receipt lists the pieces as DossierRules::pieces does on the day it is issued: a piece
// dated after that day is not among the pieces received (it was listed there before), a stale
// one says so, the missing ones are missing, the pieces beyond the checklist are received.
TEST(Receipt, ListsThePiecesAsTheOneListOfTheDossier)
{
    TempRegister t(QDate(2026, 3, 2));
    const qint64 company = t.reg().companies().add(sampleCompany(4)).value();
    NewApplication n;
    n.companyId = company;
    n.kind = RightKind::Authorization;
    n.received = QDate(2026, 2, 20);
    const qint64 id = ApplicationService(t.reg()).file(n).value().id;
    const ApplicationService service(t.reg());
    ASSERT_TRUE(service.recordPiece(id, PieceKind::TaxRegularity, QDate(2025, 1, 1)));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::CnssRegularity, QDate(2026, 1, 5)));
    ASSERT_TRUE(service.recordPiece(id, PieceKind::Films, QDate(2026, 2, 1)));
    t.clock().setToday(QDate(2026, 4, 1)); // recorded on a later day, printed on the first
    ASSERT_TRUE(service.recordPiece(id, PieceKind::Statutes, QDate(2026, 3, 20)));
    t.clock().setToday(QDate(2026, 3, 2));

    const auto receipt = ReceiptDocument::load(t.reg(), id);
    ASSERT_TRUE(receipt);
    const QString html = receipt.value()->html();
    // The French half, cut at its section headings.
    const QString french = html.section(QStringLiteral("</div><hr>"), 0, 0);
    const int received = french.indexOf(receiptFr("Pieces received"));
    const int missing = french.indexOf(receiptFr("Pieces missing"));
    const int later = french.indexOf(receiptFr("Pieces dated after this receipt (not yet issued)"));
    const int deadline = french.indexOf(receiptFr("Decision due by"));
    ASSERT_TRUE(received >= 0 && missing > received && later > missing && deadline > later);

    const Application a = *ApplicationService(t.reg()).find(id);
    const QVector<DossierRules::Item> items = DossierRules::pieces(a, QDate(2026, 3, 2));
    ASSERT_EQ(items.size(), 7);
    int seenLater = 0;
    for (const DossierRules::Item& item : items) {
        const QString name = receiptFr(receiptName(item.kind)).toHtmlEscaped();
        const int at = french.indexOf(name);
        ASSERT_GE(at, 0) << receiptName(item.kind);
        EXPECT_EQ(french.count(name), 1) << receiptName(item.kind);
        switch (item.state) {
        case DossierRules::State::Missing:
            EXPECT_TRUE(at > missing && at < later) << receiptName(item.kind);
            break;
        case DossierRules::State::NotYetIssued:
            ++seenLater;
            EXPECT_TRUE(at > later && at < deadline) << receiptName(item.kind);
            EXPECT_TRUE(french.indexOf(QStringLiteral("20/03/2026"), at) > at);
            break;
        case DossierRules::State::Stale:
            EXPECT_TRUE(french.mid(at, french.indexOf(QStringLiteral("</p>"), at) - at)
                            .contains(receiptFr("more than one year old")));
            [[fallthrough]];
        case DossierRules::State::Received:
        case DossierRules::State::Fresh:
            EXPECT_TRUE(at > received && at < missing) << receiptName(item.kind);
            break;
        }
    }
    EXPECT_EQ(seenLater, 1);
}
