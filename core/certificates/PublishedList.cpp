#include "PublishedList.h"

#include "../Localization.h"
#include "../PdfArabic.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "CertificateService.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace cinereg {

namespace {
const char* const ListTitle = QT_TRANSLATE_NOOP("PublishedList", "Companies holding the %1 on %2");
const char* const National =
    QT_TRANSLATE_NOOP("PublishedList", "national production execution accreditation");
const char* const International =
    QT_TRANSLATE_NOOP("PublishedList", "international production execution accreditation");
const char* const NumberHead = QT_TRANSLATE_NOOP("PublishedList", "Accreditation");
const char* const NameHead = QT_TRANSLATE_NOOP("PublishedList", "Company");
const char* const IceHead = QT_TRANSLATE_NOOP("PublishedList", "ICE");
const char* const CityHead = QT_TRANSLATE_NOOP("PublishedList", "City");
const char* const UntilHead = QT_TRANSLATE_NOOP("PublishedList", "Valid until");
const char* const Unlimited = QT_TRANSLATE_NOOP("PublishedList", "unlimited");
const char* const Count = QT_TRANSLATE_NOOP("PublishedList", "Companies listed: %1");

QString in(const char* lang, const char* source)
{
    return Localization::translate(QString::fromLatin1(lang), "PublishedList", source);
}

QString both(const char* source)
{
    return QStringLiteral("%1<br/><span dir=\"rtl\" style=\"font-family:'Noto Naskh "
                          "Arabic'\">%2</span>")
        .arg(in("fr", source).toHtmlEscaped(), in("ar", source).toHtmlEscaped());
}
} // namespace

QVector<PublishedList::Row> PublishedList::rows(const Register& reg, RightKind tier, QDate on)
{
    const QVector<qint64> ids = CertificateService(reg).effectiveAccreditations(tier, on);
    RightStore rights(StoreAccess::of(reg));
    CompanyStore companies(StoreAccess::of(reg));
    QVector<Row> out;
    for (qint64 id : ids) {
        const Right right = *rights.find(id);
        const Company company = *companies.find(right.companyId);
        out.append({right.number, company.name, company.nameAr, company.ice, company.city,
                    RightTimeline(right).validUntilOn(on)});
    }
    std::sort(out.begin(), out.end(), [](const Row& a, const Row& b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

int PublishedList::writePdf(const Register& reg, RightKind tier, QDate on, const QString& path)
{
    const QVector<Row> list = rows(reg, tier, on);
    const char* tierName = tier == RightKind::International ? International : National;
    const QString date = on.toString(QStringLiteral("dd/MM/yyyy"));
    QString html = QStringLiteral("<html><body style=\"font-family:'Noto Sans'; font-size:9pt\">");
    html +=
        QStringLiteral("<p align=\"center\"><b>%1</b><br/>%2</p>")
            .arg(Localization::translate(QStringLiteral("fr"), "Certificate", "KINGDOM OF MOROCCO"),
                 Localization::translate(QStringLiteral("fr"), "Certificate",
                                         "Moroccan Cinema Centre"));
    html +=
        QStringLiteral("<p align=\"center\" dir=\"rtl\" style=\"font-family:'Noto Naskh "
                       "Arabic'\"><b>%1</b><br/>%2</p>")
            .arg(Localization::translate(QStringLiteral("ar"), "Certificate", "KINGDOM OF MOROCCO"),
                 Localization::translate(QStringLiteral("ar"), "Certificate",
                                         "Moroccan Cinema Centre"));
    html += QStringLiteral("<h3 align=\"center\">%1</h3>")
                .arg(in("fr", ListTitle).arg(in("fr", tierName), date).toHtmlEscaped());
    html += QStringLiteral("<h3 align=\"center\" dir=\"rtl\" style=\"font-family:'Noto Naskh "
                           "Arabic'\">%1</h3>")
                .arg(in("ar", ListTitle).arg(in("ar", tierName), date).toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                           "cellpadding=\"3\"><thead><tr>");
    const QList<QPair<const char*, int>> columns{
        {NumberHead, 16}, {NameHead, 32}, {IceHead, 22}, {CityHead, 14}, {UntilHead, 16}};
    for (const auto& [head, percent] : columns)
        html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(percent).arg(both(head));
    html += QStringLiteral("</tr></thead>");
    for (const Row& r : list) {
        html +=
            QStringLiteral("<tr><td style=\"white-space:nowrap\">%1</td><td>%2<br/><span "
                           "dir=\"rtl\" style=\"font-family:'Noto Naskh Arabic'\">%3</span></td>"
                           "<td style=\"white-space:nowrap\">%4</td><td>%5</td>"
                           "<td style=\"white-space:nowrap\">%6</td></tr>")
                .arg(r.accreditation.toHtmlEscaped(), r.name.toHtmlEscaped(),
                     r.nameAr.toHtmlEscaped(), r.ice, r.city.toHtmlEscaped(),
                     r.validUntil.isValid() ? r.validUntil.toString(QStringLiteral("dd/MM/yyyy"))
                                            : both(Unlimited));
    }
    html += QStringLiteral("</table><p>%1 — %2</p></body></html>")
                .arg(in("fr", Count).arg(list.size()), in("ar", Count).arg(list.size()));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return -1;
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setCreator(QStringLiteral("cinereg"));
        QTextDocument document;
        document.setHtml(pdfExtractableArabic(html));
        document.print(&writer);
    }
    return file.commit() ? int(list.size()) : -1;
}

} // namespace cinereg
