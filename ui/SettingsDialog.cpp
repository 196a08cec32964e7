#include "SettingsDialog.h"

#include "Identifiers.h"
#include "services/Register.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

SettingsDialog::SettingsDialog(Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_original(reg.settings()), m_forms(new QListWidget(this)),
      m_thresholds(new QTableWidget(this)), m_term(new QSpinBox(this)),
      m_bodies(new QLineEdit(this)), m_inactivity(new QSpinBox(this)),
      m_deadline(new QSpinBox(this))
{
    setWindowTitle(tr("Settings of the register"));
    const QStringList forms = Identifiers::knownLegalForms();
    m_thresholds->setColumnCount(2);
    m_thresholds->setRowCount(forms.size());
    m_thresholds->setHorizontalHeaderLabels({tr("Legal form"), tr("Minimum paid capital (MAD)")});
    m_thresholds->horizontalHeader()->setStretchLastSection(true);
    m_thresholds->verticalHeader()->hide();
    for (int i = 0; i < forms.size(); ++i) {
        auto* item = new QListWidgetItem(forms[i], m_forms);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_original.allowedLegalForms.contains(forms[i]) ? Qt::Checked
                                                                            : Qt::Unchecked);
        auto* name = new QTableWidgetItem(forms[i]);
        name->setFlags(Qt::ItemIsEnabled);
        m_thresholds->setItem(i, 0, name);
        auto* amount = new QSpinBox(this);
        amount->setRange(0, 100000000);
        amount->setSingleStep(10000);
        amount->setSpecialValueText(tr("none"));
        amount->setValue(int(m_original.capitalThresholds.value(forms[i], 0)));
        m_thresholds->setCellWidget(i, 1, amount);
    }
    m_term->setRange(0, 240);
    m_term->setSpecialValueText(tr("without limit"));
    m_term->setSuffix(tr(" months"));
    m_term->setValue(m_original.defaultTermMonths);
    m_bodies->setText(m_original.professionalBodies.join(QStringLiteral(", ")));
    m_inactivity->setRange(1, 20);
    m_inactivity->setSuffix(tr(" years"));
    m_inactivity->setValue(m_original.inactivityYears);
    m_deadline->setRange(1, 365);
    m_deadline->setSuffix(tr(" days"));
    m_deadline->setValue(m_original.applicationDeadlineDays);

    auto* form = new QFormLayout;
    form->addRow(tr("Legal forms that may hold an authorization"), m_forms);
    form->addRow(tr("Capital thresholds for an accreditation"), m_thresholds);
    form->addRow(tr("Default term of a right"), m_term);
    form->addRow(tr("Professional bodies (comma separated)"), m_bodies);
    form->addRow(tr("Review companies without a production for"), m_inactivity);
    form->addRow(tr("Decision deadline for a dossier"), m_deadline);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(640, 640);
}

Settings SettingsDialog::settings() const
{
    Settings s = m_original;
    s.allowedLegalForms.clear();
    for (int i = 0; i < m_forms->count(); ++i)
        if (m_forms->item(i)->checkState() == Qt::Checked)
            s.allowedLegalForms.append(m_forms->item(i)->text());
    s.capitalThresholds.clear();
    for (int i = 0; i < m_thresholds->rowCount(); ++i) {
        const int amount = static_cast<QSpinBox*>(m_thresholds->cellWidget(i, 1))->value();
        if (amount > 0)
            s.capitalThresholds.insert(m_thresholds->item(i, 0)->text(), amount);
    }
    s.defaultTermMonths = m_term->value();
    s.professionalBodies.clear();
    for (const QString& body : m_bodies->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!body.trimmed().isEmpty())
            s.professionalBodies.append(body.trimmed().toUpper());
    s.inactivityYears = m_inactivity->value();
    s.applicationDeadlineDays = m_deadline->value();
    return s;
}

void SettingsDialog::accept()
{
    m_reg.saveSettings(settings());
    QDialog::accept();
}

} // namespace cinereg::ui
