#include "BatchPrintDialog.h"

#include "certificates/CertificateService.h"
#include "CertificateOutput.h"
#include "services/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

BatchPrintDialog::BatchPrintDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_tier(new QComboBox(this)),
      m_day(new QDateEdit(reg.today(), this)), m_count(new QLabel(this)),
      m_print(new QPushButton(tr("Print…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this))
{
    setWindowTitle(tr("Batch printing of certificates"));
    m_tier->addItem(tr("Both tiers"), QString());
    m_tier->addItem(Names::label(RightKind::National), Names::code(RightKind::National));
    m_tier->addItem(Names::label(RightKind::International), Names::code(RightKind::International));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Tier"), m_tier);
    form->addRow(tr("Accreditations effective &on"), m_day);
    form->addRow(QString(), m_count);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &BatchPrintDialog::updateCount);
    connect(m_day, &QDateEdit::dateChanged, this, &BatchPrintDialog::updateCount);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::preview(m_reg, selection(), this))
            accept();
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::savePdf(m_reg, selection(), this,
                                       QStringLiteral("certificates-%1.pdf")
                                           .arg(m_day->date().toString(Qt::ISODate))))
            accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    updateCount();
}

QVector<qint64> BatchPrintDialog::selection() const
{
    const auto tier = Names::tier(m_tier->currentData().toString());
    return CertificateService(m_reg).effectiveAccreditations(tier, m_day->date());
}

void BatchPrintDialog::updateCount()
{
    const int n = int(selection().size());
    m_count->setText(tr("%n certificate(s) to print.", nullptr, n));
    m_print->setEnabled(n > 0);
    m_pdf->setEnabled(n > 0);
}

} // namespace cinereg::ui
