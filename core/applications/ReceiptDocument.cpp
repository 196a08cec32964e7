#include "ReceiptDocument.h"

#include "../services/Register.h"
#include "../store/ApplicationStore.h"
#include "../store/CompanyStore.h"
#include "DossierRules.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace cinereg {

namespace {

// The receipt is an official bilingual document: both languages are printed whatever the
// language of the window, so its wording is fixed here in French and Arabic (the glossary of
// DOMAIN.md), not taken from the interface's translations.
struct Wording
{
    const char* fr;
    const char* ar;
};

QString fr(const Wording& w)
{
    return QString::fromUtf8(w.fr);
}
QString ar(const Wording& w)
{
    return QString::fromUtf8(w.ar);
}

const Wording Kingdom{"Royaume du Maroc", "المملكة المغربية"};
const Wording Centre{"Centre cinématographique marocain", "المركز السينمائي المغربي"};
const Wording Title{"Récépissé de dépôt de dossier", "وصل الإيداع"};
const Wording ReceiptNo{"Récépissé n°", "رقم الوصل"};
const Wording CompanyLabel{"Société", "الشركة"};
const Wording FormRc{"Forme juridique, RC", "الشكل القانوني، السجل التجاري"};
const Wording Ice{"ICE", "التعريف الموحد للمقاولة"};
const Wording Subject{"Objet de la demande", "موضوع الطلب"};
const Wording Received{"Dossier reçu le", "تاريخ تسلم الملف"};
const Wording PiecesReceived{"Pièces reçues", "الوثائق المتسلمة"};
const Wording PiecesMissing{"Pièces manquantes", "الوثائق الناقصة"};
const Wording NoPiece{"aucune", "لا شيء"};
const Wording DatedOn{"en date du", "بتاريخ"};
const Wording Deadline{"Date limite de la décision", "الأجل الأقصى للبت في الطلب"};
const Wording DeadlineDays{"(%1 jours à compter de la réception)",
                           "(%1 يوما ابتداء من تاريخ التسلم)"};
const Wording NotARight{
    "Le présent récépissé atteste le dépôt du dossier ; il ne vaut ni autorisation ni agrément.",
    "يثبت هذا الوصل إيداع الملف، ولا يعتبر رخصة ولا اعتمادا."};
const Wording IssuedOn{"Délivré le", "سلم بتاريخ"};
const Wording Stamp{"Cachet et signature", "الخاتم والتوقيع"};

Wording subject(RightKind kind, bool renewal)
{
    switch (kind) {
    case RightKind::Authorization:
        return renewal ? Wording{"Renouvellement de l'autorisation d'exercer l'activité de "
                                 "production",
                                 "تجديد رخصة مزاولة نشاط الإنتاج"}
                       : Wording{"Autorisation d'exercer l'activité de production",
                                 "رخصة مزاولة نشاط الإنتاج"};
    case RightKind::National:
        return renewal ? Wording{"Renouvellement de l'agrément d'exécution de production "
                                 "nationale",
                                 "تجديد اعتماد تنفيذ الإنتاج الوطني"}
                       : Wording{"Agrément d'exécution de production nationale",
                                 "اعتماد تنفيذ الإنتاج الوطني"};
    case RightKind::International:
        return renewal ? Wording{"Renouvellement de l'agrément d'exécution de production "
                                 "internationale",
                                 "تجديد اعتماد تنفيذ الإنتاج الدولي"}
                       : Wording{"Agrément d'exécution de production internationale",
                                 "اعتماد تنفيذ الإنتاج الدولي"};
    }
    return {"", ""};
}

Wording piece(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Statutes:
        return {"Statuts (objet incluant la production cinématographique)",
                "النظام الأساسي (يتضمن غرضه الإنتاج السينمائي)"};
    case PieceKind::RegisteredOffice:
        return {"Justificatif du siège social", "ما يثبت المقر الاجتماعي"};
    case PieceKind::BankCapital:
        return {"Attestation bancaire de libération du capital",
                "شهادة بنكية تثبت تحرير رأس المال"};
    case PieceKind::TaxRegularity:
        return {"Attestation de régularité fiscale", "شهادة الوضعية الجبائية القانونية"};
    case PieceKind::CnssRegularity:
        return {"Attestation de régularité CNSS",
                "شهادة الوضعية القانونية إزاء الصندوق الوطني للضمان الاجتماعي"};
    case PieceKind::ManagerId:
        return {"CNIE ou titre de séjour du gérant",
                "البطاقة الوطنية للتعريف الإلكترونية أو بطاقة إقامة المسير"};
    case PieceKind::CapitalProof:
        return {"Justificatif du capital", "ما يثبت رأس المال"};
    case PieceKind::Films:
        return {"Liste des films déjà produits", "لائحة الأفلام المنتجة"};
    }
    return {"", ""};
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
    const std::optional<Application> app = ApplicationStore(reg.database()).find(applicationId);
    if (!app)
        return Refusal{Rule::NotFound, QStringLiteral("id"),
                       tr("No dossier #%1.").arg(applicationId)};
    const std::optional<cinereg::Company> company =
        CompanyStore(reg.database()).find(app->companyId);
    if (!company)
        return Refusal{Rule::NotFound, QStringLiteral("company"),
                       tr("No company #%1.").arg(app->companyId)};
    return std::make_shared<ReceiptDocument>(*app, *company, reg.today());
}

QString ReceiptDocument::html() const
{
    const Application& a = m_application;
    const int days = int(a.received.daysTo(a.deadline));
    QStringList receivedFr, receivedAr, missingFr, missingAr;
    for (PieceKind kind : DossierRules::requiredPieces(a.kind)) {
        const Piece* p = a.piece(kind);
        if (p) {
            receivedFr << QStringLiteral("%1, %2 %3")
                              .arg(esc(fr(piece(kind))), fr(DatedOn), date(p->dated));
            receivedAr << QStringLiteral("%1، %2 %3")
                              .arg(esc(ar(piece(kind))), ar(DatedOn), date(p->dated));
        } else {
            missingFr << esc(fr(piece(kind)));
            missingAr << esc(ar(piece(kind)));
        }
    }
    // Pieces beyond the checklist of this kind are received too.
    for (const Piece& p : a.pieces)
        if (!DossierRules::requiredPieces(a.kind).contains(p.kind)) {
            receivedFr << QStringLiteral("%1, %2 %3")
                              .arg(esc(fr(piece(p.kind))), fr(DatedOn), date(p.dated));
            receivedAr << QStringLiteral("%1، %2 %3")
                              .arg(esc(ar(piece(p.kind))), ar(DatedOn), date(p.dated));
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
    itemsAr.replace(QStringLiteral("<p class='item'>"),
                    QStringLiteral("<p class='item' dir='rtl' align='right'>"));
    missingItemsAr.replace(QStringLiteral("<p class='item'>"),
                           QStringLiteral("<p class='item' dir='rtl' align='right'>"));
    h += QStringLiteral("<p dir='rtl' align='right'><b>%1:</b></p>").arg(ar(PiecesReceived)) +
         itemsAr;
    h += QStringLiteral("<p dir='rtl' align='right'><b>%1:</b></p>").arg(ar(PiecesMissing)) +
         missingItemsAr;
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
    doc->setHtml(html());
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
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
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
    file.close();
    if (file.error() != QFileDevice::NoError)
        return Refusal{Rule::InvalidField, QStringLiteral("out"),
                       tr("Cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

} // namespace cinereg
