#include "SettingsDialog.h"

#include "certificates/SigningKey.h"
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
      m_deadline(new QSpinBox(this)), m_place(new QLineEdit(this)), m_keyPath(new QLineEdit(this)),
      m_nationalFormat(new QLineEdit(this)), m_internationalFormat(new QLineEdit(this)),
      m_receiptFormat(new QLineEdit(this))
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

    m_place->setText(m_original.certificatePlace);
    m_keyPath->setText(m_original.signingKeyPath);
    m_keyPath->setPlaceholderText(SigningKey::defaultPath());
    m_nationalFormat->setText(m_original.certificateNumberFormat(RightKind::National));
    m_internationalFormat->setText(m_original.certificateNumberFormat(RightKind::International));
    m_receiptFormat->setText(m_original.receiptNumberFormat);
    for (QLineEdit* format : {m_nationalFormat, m_internationalFormat, m_receiptFormat})
        format->setToolTip(
            tr("{year} and {seq} are replaced by the year and the sequence number."));

    auto* form = new QFormLayout;
    form->addRow(tr("Legal forms that may hold an authorization"), m_forms);
    form->addRow(tr("Capital thresholds for an accreditation"), m_thresholds);
    form->addRow(tr("Default term of a right"), m_term);
    form->addRow(tr("Professional bodies (comma separated)"), m_bodies);
    form->addRow(tr("Review companies without a production for"), m_inactivity);
    form->addRow(tr("Decision deadline for a dossier"), m_deadline);
    form->addRow(tr("Place of issue of certificates"), m_place);
    form->addRow(tr("Signing key file (kept outside the register)"), m_keyPath);
    form->addRow(tr("Numbers of national certificates"), m_nationalFormat);
    form->addRow(tr("Numbers of international certificates"), m_internationalFormat);
    form->addRow(tr("Numbers of dossier receipts"), m_receiptFormat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(680, 780);
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
    // An empty field keeps the previous value: a document is never numbered from nothing.
    const auto text = [](const QLineEdit* edit, const QString& previous) {
        const QString value = edit->text().trimmed();
        return value.isEmpty() ? previous : value;
    };
    s.certificatePlace = text(m_place, m_original.certificatePlace);
    s.signingKeyPath = m_keyPath->text().trimmed();
    s.certificateNumberFormats.insert(
        Names::code(RightKind::National),
        text(m_nationalFormat, m_original.certificateNumberFormat(RightKind::National)));
    s.certificateNumberFormats.insert(
        Names::code(RightKind::International),
        text(m_internationalFormat, m_original.certificateNumberFormat(RightKind::International)));
    s.receiptNumberFormat = text(m_receiptFormat, m_original.receiptNumberFormat);
    return s;
}

void SettingsDialog::accept()
{
    m_reg.saveSettings(settings());
    QDialog::accept();
}

} // namespace cinereg::ui
