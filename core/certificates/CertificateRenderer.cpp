#include "CertificateRenderer.h"

#include "../Localization.h"
#include "../PdfArabic.h"
#include "QrCode.h"

#include <QFont>
#include <QPagedPaintDevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextOption>

namespace cinereg {

namespace {
const char* const Context = "Certificate";

// Every printed term lives in translations/ (context "Certificate"); the page prints it in
// French and in Arabic whatever the interface language.
struct Terms
{
    QString lang;
    QString operator()(const char* source) const
    {
        return Localization::translate(lang, Context, source);
    }
};

const char* const Kingdom = QT_TRANSLATE_NOOP("Certificate", "KINGDOM OF MOROCCO");
const char* const Centre = QT_TRANSLATE_NOOP("Certificate", "Moroccan Cinema Centre");
const char* const Title = QT_TRANSLATE_NOOP("Certificate", "CERTIFICATE OF ACCREDITATION");
const char* const NationalTier =
    QT_TRANSLATE_NOOP("Certificate", "National production execution accreditation");
const char* const InternationalTier =
    QT_TRANSLATE_NOOP("Certificate", "International production execution accreditation");
const char* const NumberLabel = QT_TRANSLATE_NOOP("Certificate", "Certificate No.");
const char* const Intro = QT_TRANSLATE_NOOP(
    "Certificate", "The Director of the Moroccan Cinema Centre certifies that the company "
                   "named below holds the accreditation stated above.");
const char* const CompanyLabel = QT_TRANSLATE_NOOP("Certificate", "Company");
const char* const FormLabel = QT_TRANSLATE_NOOP("Certificate", "Legal form");
const char* const OfficeLabel = QT_TRANSLATE_NOOP("Certificate", "Registered office");
const char* const RcLabel = QT_TRANSLATE_NOOP("Certificate", "Trade register");
const char* const IceLabel = QT_TRANSLATE_NOOP("Certificate", "ICE");
const char* const ManagerLabel = QT_TRANSLATE_NOOP("Certificate", "Manager");
const char* const AccreditationLabel = QT_TRANSLATE_NOOP("Certificate", "Accreditation No.");
const char* const DecisionLabel = QT_TRANSLATE_NOOP("Certificate", "Decision");
const char* const DecisionValue = QT_TRANSLATE_NOOP("Certificate", "%1 of %2");
const char* const FromLabel = QT_TRANSLATE_NOOP("Certificate", "Valid from");
const char* const UntilLabel = QT_TRANSLATE_NOOP("Certificate", "Valid until");
const char* const Unlimited = QT_TRANSLATE_NOOP("Certificate", "without limit of duration");
const char* const Done = QT_TRANSLATE_NOOP("Certificate", "Done at %1, on %2");
const char* const Signatory =
    QT_TRANSLATE_NOOP("Certificate", "The Director of the Moroccan Cinema Centre");
const char* const CodeLabel = QT_TRANSLATE_NOOP("Certificate", "Verification code");
const char* const CodeHelp = QT_TRANSLATE_NOOP(
    "Certificate", "Scan the QR code or type the code into cinereg to check that this "
                   "certificate is genuine and still valid.");
const char* const Duplicate = QT_TRANSLATE_NOOP("Certificate", "DUPLICATE");

// Latin values inside the Arabic column keep their own left-to-right order ("12 rue ...",
// "12345 (Casablanca)") instead of being reordered by the paragraph's direction.
QString leftToRight(const QString& text)
{
    return QChar(0x202A) + text + QChar(0x202C);
}

QString paperDate(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

// Page geometry in millimetres, converted to device pixels at the device's resolution.
class Page
{
public:
    explicit Page(QPainter& painter) : m_painter(painter), m_dpi(painter.device()->logicalDpiX()) {}
    qreal mm(qreal v) const { return v * m_dpi / 25.4; }
    QRectF rect(qreal x, qreal y, qreal w, qreal h) const { return {mm(x), mm(y), mm(w), mm(h)}; }

    // Text in a box; Arabic boxes are laid out right to left.
    void text(const QRectF& box, const QString& text, const QFont& font, Qt::Alignment align,
              bool rtl = false, QTextOption::WrapMode wrap = QTextOption::WordWrap) const
    {
        QTextOption option(align);
        option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
        option.setWrapMode(wrap);
        m_painter.setFont(font);
        m_painter.drawText(box, pdfExtractableArabic(text), option);
    }

private:
    QPainter& m_painter;
    qreal m_dpi;
};

QFont latinFont(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFont arabicFont(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Naskh Arabic"), QStringLiteral("Noto Sans"),
                   QStringLiteral("DejaVu Sans")});
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QFont monoFont(qreal points)
{
    QFont f;
    f.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("Noto Sans Mono")});
    f.setStyleHint(QFont::Monospace);
    f.setPointSizeF(points);
    return f;
}

// One language's column: the statement and the holder's identity, the right and its validity.
void paintColumn(QPainter& painter, const Page& page, const CertificateContent& c, const Terms& t,
                 qreal left, qreal width)
{
    const bool rtl = Localization::isRightToLeft(t.lang);
    const auto font = [&](qreal pt, bool bold = false) {
        return rtl ? arabicFont(pt + 1, bold) : latinFont(pt, bold);
    };
    const Qt::Alignment lead = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    qreal y = 90;
    page.text(page.rect(left, y, width, 16), t(Intro), font(9.5), lead, rtl);
    y += 18;
    const QString holder = rtl && !c.holderNameAr.isEmpty() ? c.holderNameAr : c.holderName;
    const QList<QPair<const char*, QString>> rows{
        {CompanyLabel, holder},
        {FormLabel, c.legalForm},
        {OfficeLabel, QStringLiteral("%1, %2").arg(c.address, c.city)},
        {RcLabel, QStringLiteral("%1 (%2)").arg(c.rcNumber, c.rcCourt)},
        {IceLabel, c.ice},
        {ManagerLabel, c.manager.isEmpty() ? QStringLiteral("—") : c.manager},
        {AccreditationLabel, c.accreditationNumber},
        {DecisionLabel, t(DecisionValue)
                            .arg(rtl ? leftToRight(c.decisionReference) : c.decisionReference,
                                 paperDate(c.decisionDate))},
        {FromLabel, paperDate(c.validFrom)},
        {UntilLabel, c.validUntil.isValid() ? paperDate(c.validUntil) : t(Unlimited)},
    };
    for (const auto& [label, value] : rows) {
        const bool latin =
            rtl && label != CompanyLabel && label != DecisionLabel && label != UntilLabel;
        page.text(page.rect(left, y, width, 5), t(label), font(8, true), lead, rtl);
        page.text(page.rect(left, y + 4.2, width, 8), latin ? leftToRight(value) : value, font(10),
                  lead, rtl);
        y += 11;
    }
    Q_UNUSED(painter);
}
} // namespace

void CertificateRenderer::paintPage(QPainter& painter, const CertificateContent& c)
{
    const Page page(painter);
    const Terms fr{QStringLiteral("fr")};
    const Terms ar{QStringLiteral("ar")};
    painter.setPen(Qt::black);

    if (c.duplicate) { // a reprint says so across the page and at its top
        painter.save();
        painter.translate(page.mm(105), page.mm(160));
        painter.rotate(-35);
        painter.setPen(QColor(0, 0, 0, 40));
        page.text(QRectF(-page.mm(120), -page.mm(20), page.mm(240), page.mm(40)), fr(Duplicate),
                  latinFont(60, true), Qt::AlignCenter);
        painter.restore();
        page.text(page.rect(140, 8, 55, 5),
                  QStringLiteral("%1 — %2").arg(fr(Duplicate), ar(Duplicate)), arabicFont(9, true),
                  Qt::AlignRight | Qt::AlignTop, false);
    }

    // Header: the Kingdom and the Centre, in each language on its own side.
    page.text(page.rect(15, 14, 85, 6), fr(Kingdom), latinFont(10, true), Qt::AlignLeft);
    page.text(page.rect(15, 20, 85, 6), fr(Centre), latinFont(10), Qt::AlignLeft);
    page.text(page.rect(110, 13, 85, 7), ar(Kingdom), arabicFont(12, true),
              Qt::AlignRight | Qt::AlignTop, true);
    page.text(page.rect(110, 20, 85, 7), ar(Centre), arabicFont(11), Qt::AlignRight | Qt::AlignTop,
              true);
    painter.setPen(QPen(Qt::black, page.mm(0.3)));
    painter.drawLine(QPointF(page.mm(15), page.mm(30)), QPointF(page.mm(195), page.mm(30)));

    // Title, the right and its tier, the certificate's number.
    const char* tier = c.tier == RightKind::International ? InternationalTier : NationalTier;
    page.text(page.rect(15, 36, 180, 8), fr(Title), latinFont(16, true), Qt::AlignHCenter);
    page.text(page.rect(15, 45, 180, 9), ar(Title), arabicFont(16, true), Qt::AlignHCenter, true);
    page.text(page.rect(15, 56, 180, 6), fr(tier), latinFont(12), Qt::AlignHCenter);
    page.text(page.rect(15, 62, 180, 8), ar(tier), arabicFont(12), Qt::AlignHCenter, true);
    page.text(page.rect(15, 72, 180, 6), QStringLiteral("%1 %2").arg(fr(NumberLabel), c.number),
              latinFont(12, true), Qt::AlignHCenter);
    page.text(page.rect(15, 78, 180, 8),
              QStringLiteral("%1 %2").arg(ar(NumberLabel), leftToRight(c.number)),
              arabicFont(12, true), Qt::AlignHCenter, true);

    paintColumn(painter, page, c, fr, 15, 85);
    paintColumn(painter, page, c, ar, 110, 85);
    painter.setPen(QPen(Qt::gray, page.mm(0.2)));
    painter.drawLine(QPointF(page.mm(105), page.mm(90)), QPointF(page.mm(105), page.mm(218)));
    painter.setPen(Qt::black);

    // Place, date and signatory.
    page.text(page.rect(15, 222, 85, 6), fr(Done).arg(c.place, paperDate(c.issuedOn)),
              latinFont(10), Qt::AlignLeft);
    page.text(page.rect(110, 221, 85, 7), ar(Done).arg(c.place, paperDate(c.issuedOn)),
              arabicFont(11), Qt::AlignRight | Qt::AlignTop, true);
    page.text(page.rect(15, 229, 85, 10), fr(Signatory), latinFont(10, true),
              Qt::AlignLeft | Qt::AlignTop);
    page.text(page.rect(110, 229, 85, 10), ar(Signatory), arabicFont(11, true),
              Qt::AlignRight | Qt::AlignTop, true);

    // Verification: the QR code and the same code in print.
    painter.setPen(QPen(Qt::black, page.mm(0.2)));
    painter.drawRect(page.rect(15, 250, 180, 36));
    QrCode(c.qrText().toUtf8()).paint(painter, page.rect(16, 251, 34, 34));
    page.text(page.rect(52, 252, 140, 5),
              QStringLiteral("%1 — %2").arg(fr(CodeLabel), ar(CodeLabel)), arabicFont(8.5, true),
              Qt::AlignLeft | Qt::AlignTop);
    page.text(page.rect(52, 258, 140, 12), c.code, monoFont(7.5), Qt::AlignLeft | Qt::AlignTop,
              false, QTextOption::WrapAnywhere);
    page.text(page.rect(52, 271, 140, 7), fr(CodeHelp), latinFont(7), Qt::AlignLeft);
    page.text(page.rect(52, 278, 140, 7), ar(CodeHelp), arabicFont(7.5),
              Qt::AlignRight | Qt::AlignTop, true);
}

bool CertificateRenderer::render(QPagedPaintDevice& device,
                                 const QVector<CertificateContent>& certificates,
                                 const Progress& progress)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int i = 0; i < certificates.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, certificates[i]);
        if (progress && !progress(i + 1)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool CertificateRenderer::writePdf(const QString& path,
                                   const QVector<CertificateContent>& certificates,
                                   const Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("cinereg"));
        writer.setTitle(certificates.size() == 1 ? certificates.front().number
                                                 : QStringLiteral("cinereg"));
        if (!render(writer, certificates, progress)) {
            file.cancelWriting();
            return false;
        }
    }
    return file.commit();
}

} // namespace cinereg
