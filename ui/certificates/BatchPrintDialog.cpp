#include "BatchPrintDialog.h"

#include "CertificateOutput.h"
#include "certificates/CertificateService.h"
#include "certificates/PublishedList.h"
#include "DateEditFormat.h"
#include "Names.h"
#include "services/Register.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace cinereg::ui {

BatchPrintDialog::BatchPrintDialog(const Register& reg, QVector<qint64> selectedCompanies,
                                   QWidget* parent)
    : QDialog(parent), m_reg(reg), m_selected(std::move(selectedCompanies)),
      m_onlySelected(new QCheckBox(
          tr("Only the %n company(ies) selected in the register", nullptr, int(m_selected.size())),
          this)),
      m_tier(new QComboBox(this)), m_day(new QDateEdit(reg.today(), this)),
      m_count(new QLabel(this)), m_print(new QPushButton(tr("Print…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this)),
      m_list(new QPushButton(tr("Published &list (PDF)…"), this))
{
    setWindowTitle(tr("Batch printing of certificates"));
    m_tier->addItem(tr("Both tiers"), QString());
    m_tier->addItem(Names::label(RightKind::National), Names::code(RightKind::National));
    m_tier->addItem(Names::label(RightKind::International), Names::code(RightKind::International));
    m_day->setCalendarPopup(true);
    applyDateFormat(m_day);
    auto* form = new QFormLayout;
    form->addRow(tr("&Tier"), m_tier);
    form->addRow(tr("Accreditations effective &on"), m_day);
    form->addRow(QString(), m_onlySelected);
    form->addRow(QString(), m_count);
    m_onlySelected->setChecked(!m_selected.isEmpty());
    m_onlySelected->setVisible(!m_selected.isEmpty());
    connect(m_onlySelected, &QCheckBox::toggled, this, &BatchPrintDialog::updateCount);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_list, QDialogButtonBox::ActionRole);
    connect(m_list, &QPushButton::clicked, this, [this] {
        const auto tier = Names::tier(m_tier->currentData().toString());
        if (!tier)
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the published list"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/list-%1-%2.pdf")
                    .arg(Names::code(*tier), m_day->date().toString(Qt::ISODate)),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() && PublishedList::writePdf(m_reg, *tier, m_day->date(), path) < 0)
            QMessageBox::warning(this, windowTitle(), tr("%1 cannot be written.").arg(path));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &BatchPrintDialog::updateCount);
    connect(m_day, &QDateEdit::dateChanged, this, &BatchPrintDialog::updateCount);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::preview(m_reg, selection(), this))
            accept();
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::savePdf(
                m_reg, selection(), this,
                QStringLiteral("certificates-%1.pdf").arg(m_day->date().toString(Qt::ISODate))))
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
    const QVector<qint64> companies = m_onlySelected->isChecked() ? m_selected : QVector<qint64>();
    return CertificateService(m_reg).effectiveAccreditations(tier, m_day->date(), companies);
}

void BatchPrintDialog::updateCount()
{
    const int n = int(selection().size());
    m_count->setText(tr("%n certificate(s) to print.", nullptr, n));
    m_print->setEnabled(n > 0);
    m_pdf->setEnabled(n > 0);
    m_list->setEnabled(Names::tier(m_tier->currentData().toString()).has_value());
}

} // namespace cinereg::ui
