#include "CertificateRenderer.h"

#include "../Localization.h"
#include "../PdfArabic.h"
#include "CertificatePdfFile.h"
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
    "Certificate", "Scan the QR code or enter the code at %1 to check that this certificate is "
                   "genuine and still valid.");
const char* const CodeHelpNoAddress = QT_TRANSLATE_NOOP(
    "Certificate", "Scan the QR code or give the code to the Moroccan Cinema Centre to check "
                   "that this certificate is genuine and still valid.");
const char* const Duplicate = QT_TRANSLATE_NOOP("Certificate", "DUPLICATE");
const char* const Preview = QT_TRANSLATE_NOOP("Certificate", "PREVIEW");
const char* const PreviewNotIssued =
    QT_TRANSLATE_NOOP("Certificate", "Preview: not issued, no number, not valid");

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
        // Absolute: in a right-to-left paragraph Qt would otherwise swap left and right.
        QTextOption option(align | Qt::AlignAbsolute);
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

// Vertical positions of the page (mm from the top), so that the signature and the stamp always
// have at least 4 cm of free paper above the verification box.
constexpr qreal ColumnsTop = 80;
constexpr qreal RowHeight = 9.6;
constexpr qreal ColumnsBottom = ColumnsTop + 15 + 10 * RowHeight;
constexpr qreal PlaceTop = ColumnsBottom + 3;
constexpr qreal SignatoryTop = PlaceTop + 7;
constexpr qreal SignatureSpaceTop = SignatoryTop + 10;
constexpr qreal VerificationTop = 253;
static_assert(VerificationTop - SignatureSpaceTop >= 40, "room to sign and stamp");

// One language's column: the statement and the holder's identity, the right and its validity.
void paintColumn(const Page& page, const CertificateContent& c, const Terms& t, qreal left,
                 qreal width)
{
    const bool rtl = Localization::isRightToLeft(t.lang);
    // Naskh's letters look smaller than Latin ones at the same size: one point more matches them.
    const auto font = [&](qreal pt, bool bold = false) {
        return rtl ? arabicFont(pt + 1, bold) : latinFont(pt, bold);
    };
    const Qt::Alignment lead = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    qreal y = ColumnsTop;
    page.text(page.rect(left, y, width, 14), t(Intro), font(9.5), lead, rtl);
    y += 15;
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
        // Latin values in the Arabic column are set in the Latin face at the size of the French
        // column's values, which reads as the same size as the Arabic text beside them.
        const bool latin =
            rtl && label != CompanyLabel && label != DecisionLabel && label != UntilLabel;
        page.text(page.rect(left, y, width, 4.5), t(label), font(8, true), lead, rtl);
        page.text(page.rect(left, y + 4, width, 5.6), latin ? leftToRight(value) : value,
                  latin ? latinFont(10) : font(10), lead, rtl);
        y += RowHeight;
    }
}

void paintWatermark(QPainter& painter, const Page& page, const QString& text)
{
    painter.save();
    painter.translate(page.mm(105), page.mm(150));
    painter.rotate(-35);
    painter.setPen(QColor(0, 0, 0, 40));
    page.text(QRectF(-page.mm(130), -page.mm(20), page.mm(260), page.mm(40)), text,
              latinFont(60, true), Qt::AlignCenter);
    painter.restore();
}
} // namespace

void CertificateRenderer::paintPage(QPainter& painter, const CertificateContent& c,
                                    const Options& options)
{
    const Page page(painter);
    const Terms fr{QStringLiteral("fr")};
    const Terms ar{QStringLiteral("ar")};
    painter.setPen(Qt::black);

    if (c.preview) { // shown before issuing: it must not pass for a certificate
        paintWatermark(painter, page, fr(Preview));
        page.text(page.rect(15, 4, 180, 5),
                  QStringLiteral("%1 — %2").arg(fr(PreviewNotIssued), ar(PreviewNotIssued)),
                  arabicFont(9, true), Qt::AlignHCenter | Qt::AlignTop, false);
    } else if (c.duplicate) { // a reprint says so across the page and at its top
        paintWatermark(painter, page, fr(Duplicate));
        page.text(page.rect(140, 4, 55, 5),
                  QStringLiteral("%1 — %2").arg(fr(Duplicate), ar(Duplicate)), arabicFont(9, true),
                  Qt::AlignRight | Qt::AlignTop, false);
    }

    // Header: the Kingdom and the Centre, in each language on its own side, the emblem between.
    page.text(page.rect(15, 12, 70, 6), fr(Kingdom), latinFont(10, true), Qt::AlignLeft);
    page.text(page.rect(15, 18, 70, 6), fr(Centre), latinFont(10), Qt::AlignLeft);
    page.text(page.rect(125, 11, 70, 7), ar(Kingdom), arabicFont(12, true),
              Qt::AlignRight | Qt::AlignTop, true);
    page.text(page.rect(125, 18, 70, 7), ar(Centre), arabicFont(11), Qt::AlignRight | Qt::AlignTop,
              true);
    if (!options.letterhead.isNull()) {
        const QSizeF fit = QSizeF(options.letterhead.size())
                               .scaled(QSizeF(page.mm(36), page.mm(18)), Qt::KeepAspectRatio);
        painter.drawImage(
            QRectF(page.mm(105) - fit.width() / 2, page.mm(8), fit.width(), fit.height()),
            options.letterhead);
    }
    painter.setPen(QPen(Qt::black, page.mm(0.3)));
    painter.drawLine(QPointF(page.mm(15), page.mm(28)), QPointF(page.mm(195), page.mm(28)));

    // Title, the right and its tier, the certificate's number.
    const char* tier = c.tier == RightKind::International ? InternationalTier : NationalTier;
    const QString number = c.preview ? QStringLiteral("—") : c.number;
    page.text(page.rect(15, 32, 180, 8), fr(Title), latinFont(16, true), Qt::AlignHCenter);
    page.text(page.rect(15, 40, 180, 9), ar(Title), arabicFont(16, true), Qt::AlignHCenter, true);
    page.text(page.rect(15, 51, 180, 6), fr(tier), latinFont(12), Qt::AlignHCenter);
    page.text(page.rect(15, 57, 180, 8), ar(tier), arabicFont(12), Qt::AlignHCenter, true);
    page.text(page.rect(15, 66, 180, 6), QStringLiteral("%1 %2").arg(fr(NumberLabel), number),
              latinFont(12, true), Qt::AlignHCenter);
    page.text(page.rect(15, 72, 180, 7),
              QStringLiteral("%1 %2").arg(ar(NumberLabel), leftToRight(number)),
              arabicFont(12, true), Qt::AlignHCenter, true);

    paintColumn(page, c, fr, 15, 85);
    paintColumn(page, c, ar, 110, 85);
    painter.setPen(QPen(Qt::gray, page.mm(0.2)));
    painter.drawLine(QPointF(page.mm(105), page.mm(ColumnsTop)),
                     QPointF(page.mm(105), page.mm(ColumnsBottom)));
    painter.setPen(Qt::black);

    // Place, date and signatory; below them the paper stays free for the signature and stamp.
    const QString placeAr = c.placeAr.isEmpty() ? c.place : c.placeAr;
    page.text(page.rect(15, PlaceTop, 85, 6), fr(Done).arg(c.place, paperDate(c.issuedOn)),
              latinFont(10), Qt::AlignLeft);
    page.text(page.rect(110, PlaceTop - 1, 85, 7), ar(Done).arg(placeAr, paperDate(c.issuedOn)),
              arabicFont(11), Qt::AlignRight | Qt::AlignTop, true);
    page.text(page.rect(15, SignatoryTop, 85, 10), fr(Signatory), latinFont(10, true),
              Qt::AlignLeft | Qt::AlignTop);
    page.text(page.rect(110, SignatoryTop, 85, 10), ar(Signatory), arabicFont(11, true),
              Qt::AlignRight | Qt::AlignTop, true);

    // Verification: the QR code and the same code in print, and where to check it.
    painter.setPen(QPen(Qt::black, page.mm(0.2)));
    painter.drawRect(page.rect(15, VerificationTop, 180, 36));
    const qreal top = VerificationTop;
    if (c.preview) {
        page.text(page.rect(17, top + 12, 176, 12),
                  QStringLiteral("%1 — %2").arg(fr(PreviewNotIssued), ar(PreviewNotIssued)),
                  arabicFont(11, true), Qt::AlignCenter);
        return;
    }
    QrCode(c.qrText().toUtf8()).paint(painter, page.rect(16, top + 1, 34, 34));
    page.text(page.rect(52, top + 2, 140, 5),
              QStringLiteral("%1 — %2").arg(fr(CodeLabel), ar(CodeLabel)), arabicFont(8.5, true),
              Qt::AlignLeft | Qt::AlignTop);
    page.text(page.rect(52, top + 8, 140, 12), c.code, monoFont(7.5), Qt::AlignLeft | Qt::AlignTop,
              false, QTextOption::WrapAnywhere);
    const QString url = options.verificationUrl;
    const QString help = url.isEmpty() ? fr(CodeHelpNoAddress) : fr(CodeHelp).arg(url);
    const QString helpAr =
        url.isEmpty() ? ar(CodeHelpNoAddress) : ar(CodeHelp).arg(leftToRight(url));
    page.text(page.rect(52, top + 21, 140, 7), help, latinFont(7), Qt::AlignLeft);
    page.text(page.rect(52, top + 28, 140, 7), helpAr, arabicFont(7.5),
              Qt::AlignRight | Qt::AlignTop, true);
}

bool CertificateRenderer::render(QPagedPaintDevice& device,
                                 const QVector<CertificateContent>& certificates,
                                 const Progress& progress, const Options& options)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    for (int i = 0; i < certificates.size(); ++i) {
        if (i > 0)
            device.newPage();
        paintPage(painter, certificates[i], options);
        if (progress && !progress(i + 1)) {
            painter.end();
            return false;
        }
    }
    return painter.end();
}

bool CertificateRenderer::writePdf(const QString& path,
                                   const QVector<CertificateContent>& certificates,
                                   const Progress& progress, const Options& options)
{
    CertificatePdfFile file(path, options);
    return file.write(certificates, progress) && file.commit();
}

} // namespace cinereg
