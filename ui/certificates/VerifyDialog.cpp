#include "VerifyDialog.h"

#include "certificates/CertificateService.h"
#include "certificates/PdfCodeReader.h"
#include "DateText.h"
#include "Names.h"
#include "services/Register.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
QString fieldsText(const Verification& v)
{
    if (!v.code)
        return {};
    const VerificationCode& c = *v.code;
    // "from 26/11/2026 until 31/01/2028", or "from 26/11/2026, without limit of duration".
    const QString validity = c.validUntil.isValid()
                                 ? VerifyDialog::tr("Valid from %1 until %2")
                                       .arg(DateText::of(c.validFrom), DateText::of(c.validUntil))
                                 : VerifyDialog::tr("Valid from %1, without limit of duration")
                                       .arg(DateText::of(c.validFrom));
    QString text = VerifyDialog::tr("Number: %1<br/>ICE: %2<br/>%3<br/>%4<br/>Issued on %5")
                       .arg(c.number.toHtmlEscaped(), c.ice, Names::label(c.tier), validity,
                            DateText::of(c.issuedOn));
    if (v.held)
        text += VerifyDialog::tr("<br/>Holder: %1").arg(v.held->holderName.toHtmlEscaped());
    return text;
}
} // namespace

VerifyDialog::VerifyDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_code(new QPlainTextEdit(this)), m_answer(new QLabel(this))
{
    setWindowTitle(tr("Verify a certificate"));
    m_code->setPlaceholderText(
        tr("Type or paste the verification code printed on the certificate"));
    m_code->setAccessibleName(tr("Verification code"));
    m_code->setMaximumHeight(90);
    m_answer->setWordWrap(true);
    m_answer->setTextFormat(Qt::RichText);
    m_answer->setMinimumWidth(460);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* verify = buttons->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    QPushButton* open = buttons->addButton(tr("Open a &PDF…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(verify, &QPushButton::clicked, this, [this] { verifyCode(m_code->toPlainText()); });
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a certificate"), {},
                                                          tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            verifyPdf(path);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Verification code"), this));
    layout->addWidget(m_code);
    layout->addWidget(m_answer, 1);
    layout->addWidget(buttons);
}

void VerifyDialog::verifyCode(const QString& code)
{
    if (m_code->toPlainText() != code)
        m_code->setPlainText(code);
    const Verification v = CertificateService(m_reg).verify(code);
    const QString colour = v.status == CertificateStatus::Valid ? QStringLiteral("#1b7f3b")
                                                                : QStringLiteral("#b3261e");
    m_answer->setText(QStringLiteral("<p style=\"font-size:large; color:%1\"><b>%2</b></p><p>%3</p>"
                                     "<p>%4</p>")
                          .arg(colour, Verification::statusLabel(v.status).toUpper(),
                               v.reason.toHtmlEscaped(), fieldsText(v)));
}

void VerifyDialog::verifyPdf(const QString& path)
{
    const auto codes = PdfCodeReader::codes(path);
    if (!codes || codes->isEmpty()) {
        m_answer->setText(tr("No verification code was found in %1.").arg(path.toHtmlEscaped()));
        return;
    }
    verifyCode(codes->front());
}

} // namespace cinereg::ui
