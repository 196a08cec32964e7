#include "ReceiptDocument.h"

#include "../Localization.h"
#include "../PdfArabic.h"
#include "../services/Register.h"
#include "../store/ApplicationStore.h"
#include "../store/CompanyStore.h"
#include "../store/StoreAccess.h"
#include "DossierRules.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cinereg {

namespace {

// The receipt is an official bilingual document: both languages are printed whatever the
// language of the window. Its terms live in translations/ (context "Receipt") like every other
// term, so a CCM reviewer adjusts the wording there.
struct Wording
{
    const char* source;
};

QString fr(const Wording& w)
{
    return Localization::translate(QStringLiteral("fr"), "Receipt", w.source);
}
QString ar(const Wording& w)
{
    return Localization::translate(QStringLiteral("ar"), "Receipt", w.source);
}

const Wording Kingdom{QT_TRANSLATE_NOOP("Receipt", "Kingdom of Morocco")};
const Wording Centre{QT_TRANSLATE_NOOP("Receipt", "Moroccan Cinema Centre")};
const Wording Title{QT_TRANSLATE_NOOP("Receipt", "Receipt of an application dossier")};
const Wording ReceiptNo{QT_TRANSLATE_NOOP("Receipt", "Receipt No.")};
const Wording CompanyLabel{QT_TRANSLATE_NOOP("Receipt", "Company")};
const Wording FormRc{QT_TRANSLATE_NOOP("Receipt", "Legal form, trade register")};
const Wording Ice{QT_TRANSLATE_NOOP("Receipt", "ICE")};
const Wording Subject{QT_TRANSLATE_NOOP("Receipt", "Subject of the application")};
const Wording Received{QT_TRANSLATE_NOOP("Receipt", "Dossier received on")};
const Wording PiecesReceived{QT_TRANSLATE_NOOP("Receipt", "Pieces received")};
const Wording PiecesMissing{QT_TRANSLATE_NOOP("Receipt", "Pieces missing")};
const Wording PiecesLater{
    QT_TRANSLATE_NOOP("Receipt", "Pieces dated after this receipt (not yet issued)")};
const Wording StaleNote{QT_TRANSLATE_NOOP("Receipt", "more than one year old")};
const Wording NoPiece{QT_TRANSLATE_NOOP("Receipt", "none")};
const Wording DatedOn{QT_TRANSLATE_NOOP("Receipt", "dated")};
const Wording Deadline{QT_TRANSLATE_NOOP("Receipt", "Decision due by")};
const Wording DeadlineDays{QT_TRANSLATE_NOOP("Receipt", "(%1 days from receipt)")};
const Wording NotARight{
    QT_TRANSLATE_NOOP("Receipt", "This receipt attests that the dossier was filed; it is neither "
                                 "an authorization nor an accreditation.")};
const Wording IssuedOn{QT_TRANSLATE_NOOP("Receipt", "Issued on")};
const Wording Stamp{QT_TRANSLATE_NOOP("Receipt", "Stamp and signature")};

Wording subject(RightKind kind, bool renewal)
{
    switch (kind) {
    case RightKind::Authorization:
        return renewal ? Wording{QT_TRANSLATE_NOOP(
                             "Receipt",
                             "Renewal of the authorization to carry out production activity")}
                       : Wording{QT_TRANSLATE_NOOP(
                             "Receipt", "Authorization to carry out production activity")};
    case RightKind::National:
        return renewal
                   ? Wording{QT_TRANSLATE_NOOP(
                         "Receipt", "Renewal of the national production execution accreditation")}
                   : Wording{QT_TRANSLATE_NOOP("Receipt",
                                               "National production execution accreditation")};
    case RightKind::International:
        return renewal ? Wording{QT_TRANSLATE_NOOP(
                             "Receipt",
                             "Renewal of the international production execution accreditation")}
                       : Wording{QT_TRANSLATE_NOOP(
                             "Receipt", "International production execution accreditation")};
    }
    return {""};
}

Wording piece(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Statutes:
        return {QT_TRANSLATE_NOOP("Receipt", "Statutes (purpose including film production)")};
    case PieceKind::RegisteredOffice:
        return {QT_TRANSLATE_NOOP("Receipt", "Proof of the registered office")};
    case PieceKind::BankCapital:
        return {QT_TRANSLATE_NOOP("Receipt", "Bank certificate of paid-up capital")};
    case PieceKind::TaxRegularity:
        return {QT_TRANSLATE_NOOP("Receipt", "Tax-regularity certificate")};
    case PieceKind::CnssRegularity:
        return {QT_TRANSLATE_NOOP("Receipt", "CNSS-regularity certificate")};
    case PieceKind::ManagerId:
        return {QT_TRANSLATE_NOOP("Receipt", "Manager's CNIE or residence permit")};
    case PieceKind::CapitalProof:
        return {QT_TRANSLATE_NOOP("Receipt", "Proof of capital")};
    case PieceKind::Films:
        return {QT_TRANSLATE_NOOP("Receipt", "List of films already produced")};
    }
    return {""};
}

QString date(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

ReceiptDocument::ReceiptDocument(Application application, Company company, QDate issuedOn)
    : m_application(std::move(application)), m_company(std::move(company)), m_issuedOn(issuedOn)
{
}

Outcome<std::shared_ptr<ReceiptDocument>> ReceiptDocument::load(const Register& reg,
                                                                qint64 applicationId)
{
    const std::optional<Application> app =
        ApplicationStore(StoreAccess::of(reg)).find(applicationId);
    if (!app)
        return Refusal{Rule::NotFound, QStringLiteral("id"),
                       tr("No dossier #%1.").arg(applicationId)};
    const std::optional<cinereg::Company> company =
        CompanyStore(StoreAccess::of(reg)).find(app->companyId);
    if (!company)
        return Refusal{Rule::NotFound, QStringLiteral("company"),
                       tr("No company #%1.").arg(app->companyId)};
    return std::make_shared<ReceiptDocument>(*app, *company, reg.today());
}

QString ReceiptDocument::html() const
{
    const Application& a = m_application;
    const int days = int(a.received.daysTo(a.deadline));
    // The dossier's pieces as every view lists them (DossierRules::pieces), judged on the day the
    // receipt is issued: a piece dated later is not received yet, and a stale one says so.
    QStringList receivedFr, receivedAr, missingFr, missingAr, laterFr, laterAr;
    for (const DossierRules::Item& item : DossierRules::pieces(a, m_issuedOn)) {
        const Wording name = piece(item.kind);
        if (item.state == DossierRules::State::Missing) {
            missingFr << esc(fr(name));
            missingAr << esc(ar(name));
            continue;
        }
        QString lineFr =
            QStringLiteral("%1, %2 %3").arg(esc(fr(name)), fr(DatedOn), date(item.piece->dated));
        QString lineAr =
            QStringLiteral("%1، %2 %3").arg(esc(ar(name)), ar(DatedOn), date(item.piece->dated));
        if (item.state == DossierRules::State::NotYetIssued) {
            laterFr << lineFr;
            laterAr << lineAr;
            continue;
        }
        if (item.state == DossierRules::State::Stale) {
            lineFr += QStringLiteral(" — %1").arg(fr(StaleNote));
            lineAr += QStringLiteral(" — %1").arg(ar(StaleNote));
        }
        receivedFr << lineFr;
        receivedAr << lineAr;
    }

    const auto list = [](const QStringList& items, const QString& none) {
        if (items.isEmpty())
            return QStringLiteral("<p class='item'>— %1</p>").arg(none);
        QString out;
        for (const QString& item : items)
            out += QStringLiteral("<p class='item'>• %1</p>").arg(item);
        return out;
    };
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<p><b>%1 :</b> %2</p>").arg(label, value);
    };
    const auto rowAr = [](const QString& label, const QString& value) {
        return QStringLiteral("<p dir='rtl' align='right'><b>%1:</b> %2</p>").arg(label, value);
    };

    const QString rc =
        QStringLiteral("%1, %2 (%3)")
            .arg(esc(m_company.legalForm), esc(m_company.rcNumber), esc(m_company.rcCourt));
    const QString nameAr = m_company.nameAr.isEmpty() ? m_company.name : m_company.nameAr;

    QString h;
    h += QStringLiteral("<html><head><style>"
                        "p { margin-top: 2px; margin-bottom: 2px; }"
                        "p.item { margin-left: 18px; margin-right: 18px; }"
                        "h1 { font-size: 15pt; margin-top: 8px; margin-bottom: 6px; }"
                        ".ar { font-family: 'Noto Naskh Arabic'; font-size: 11pt; }"
                        ".head { font-size: 10pt; }"
                        "</style></head><body>");
    // Header, both languages side by side.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                        "<td width='50%' class='head'><b>%1</b><br>%2</td>"
                        "<td width='50%' class='ar' align='right' dir='rtl'><b>%3</b><br>%4</td>"
                        "</tr></table><hr>")
             .arg(fr(Kingdom), fr(Centre), ar(Kingdom), ar(Centre));

    // French.
    h += QStringLiteral("<div>");
    h += QStringLiteral("<h1 align='center'>%1</h1>").arg(fr(Title));
    h += row(fr(ReceiptNo), QStringLiteral("<b>%1</b>").arg(esc(a.receipt)));
    h += row(fr(CompanyLabel), esc(m_company.name));
    h += row(fr(FormRc), rc);
    h += row(fr(Ice), esc(m_company.ice));
    h += row(fr(Subject), fr(subject(a.kind, a.renewal)));
    h += row(fr(Received), date(a.received));
    h += QStringLiteral("<p><b>%1 :</b></p>").arg(fr(PiecesReceived)) +
         list(receivedFr, fr(NoPiece));
    h += QStringLiteral("<p><b>%1 :</b></p>").arg(fr(PiecesMissing)) + list(missingFr, fr(NoPiece));
    if (!laterFr.isEmpty())
        h += QStringLiteral("<p><b>%1 :</b></p>").arg(fr(PiecesLater)) + list(laterFr, QString());
    h += row(fr(Deadline),
             QStringLiteral("<b>%1</b> %2").arg(date(a.deadline), fr(DeadlineDays).arg(days)));
    h += QStringLiteral("<p><i>%1</i></p>").arg(fr(NotARight));
    h += QStringLiteral("</div><hr>");

    // Arabic, right to left.
    h += QStringLiteral("<div class='ar' dir='rtl'>");
    h += QStringLiteral("<h1 align='center' dir='rtl'>%1</h1>").arg(ar(Title));
    h += rowAr(ar(ReceiptNo), QStringLiteral("<b>%1</b>").arg(esc(a.receipt)));
    h += rowAr(ar(CompanyLabel), esc(nameAr));
    h += rowAr(ar(FormRc), rc);
    h += rowAr(ar(Ice), esc(m_company.ice));
    h += rowAr(ar(Subject), ar(subject(a.kind, a.renewal)));
    h += rowAr(ar(Received), date(a.received));
    QString itemsAr = list(receivedAr, ar(NoPiece));
    QString missingItemsAr = list(missingAr, ar(NoPiece));
    QString laterItemsAr = list(laterAr, QString());
    for (QString* items : {&itemsAr, &missingItemsAr, &laterItemsAr})
        items->replace(QStringLiteral("<p class='item'>"),
                       QStringLiteral("<p class='item' dir='rtl' align='right'>"));
    h += QStringLiteral("<p dir='rtl' align='right'><b>%1:</b></p>").arg(ar(PiecesReceived)) +
         itemsAr;
    h += QStringLiteral("<p dir='rtl' align='right'><b>%1:</b></p>").arg(ar(PiecesMissing)) +
         missingItemsAr;
    if (!laterAr.isEmpty())
        h += QStringLiteral("<p dir='rtl' align='right'><b>%1:</b></p>").arg(ar(PiecesLater)) +
             laterItemsAr;
    h += rowAr(ar(Deadline),
               QStringLiteral("<b>%1</b> %2").arg(date(a.deadline), ar(DeadlineDays).arg(days)));
    h += QStringLiteral("<p dir='rtl' align='right'><i>%1</i></p>").arg(ar(NotARight));
    h += QStringLiteral("</div><hr>");

    // Issue and signature, both languages.
    h += QStringLiteral("<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                        "<td width='50%'>%1 %2<br><br>%3</td>"
                        "<td width='50%' class='ar' align='right' dir='rtl'>%4 %5<br><br>%6</td>"
                        "</tr></table>")
             .arg(fr(IssuedOn), date(m_issuedOn), fr(Stamp), ar(IssuedOn), date(m_issuedOn),
                  ar(Stamp));
    h += QStringLiteral("</body></html>");
    return h;
}

std::unique_ptr<QTextDocument> ReceiptDocument::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Naskh Arabic")});
    font.setPointSizeF(10.5);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setHtml(pdfExtractableArabic(html()));
    return doc;
}

void ReceiptDocument::print(QPagedPaintDevice* device) const
{
    // Laid out on the page's printable width and drawn on one page, scaled down if the list of
    // pieces were ever too long for it.
    std::unique_ptr<QTextDocument> doc = document();
    QPainter painter(device);
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal scale = device->logicalDpiX() / 96.0; // the document's pixels are at 96 dpi
    doc->setTextWidth(page.width() / scale);
    const qreal height = doc->size().height() * scale;
    const qreal fit = height > page.height() ? page.height() / height : 1.0;
    painter.scale(scale * fit, scale * fit);
    doc->drawContents(&painter);
}

Check ReceiptDocument::writePdf(const QString& path) const
{
    // Written beside and renamed over the target on success: a failure or a kill never leaves a
    // half-written receipt, nor destroys the previous file of that name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Refusal{Rule::InvalidField, QStringLiteral("out"),
                       tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(QStringLiteral("%1 %2").arg(fr(Title), m_application.receipt));
        writer.setCreator(QStringLiteral("cinereg"));
        print(&writer);
    }
    if (!file.commit())
        return Refusal{Rule::InvalidField, QStringLiteral("out"),
                       tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

} // namespace cinereg
