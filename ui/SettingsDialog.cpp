#include "SettingsDialog.h"

#include "certificates/Letterhead.h"
#include "certificates/SigningKey.h"
#include "certificates/SigningKeyRegistry.h"
#include "FormConventions.h"
#include "Identifiers.h"
#include "Names.h"
#include "services/Register.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

SettingsDialog::SettingsDialog(Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_original(reg.settings()), m_forms(new QListWidget(this)),
      m_thresholds(new QTableWidget(this)), m_term(new QSpinBox(this)),
      m_bodies(new QLineEdit(this)), m_inactivity(new QSpinBox(this)),
      m_deadline(new QSpinBox(this)), m_place(new QLineEdit(this)), m_placeAr(new QLineEdit(this)),
      m_verificationUrl(new QLineEdit(this)), m_keyPath(new QLineEdit(this)),
      m_keyState(new QLabel(this)),
      m_createKey(new QPushButton(tr("Create the signing key…"), this)),
      m_importKey(new QPushButton(tr("Import a signing key…"), this)),
      m_letterheadState(new QLabel(this)), m_removeLetterhead(new QPushButton(tr("Remove"), this)),
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
    m_thresholds->setTabKeyNavigation(false); // Tab goes to the amounts, not from cell to cell
    m_thresholds->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QList<QWidget*> amounts;
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
        amounts.append(amount);
    }
    // Every legal form's row shows: the amounts are never scrolled out of sight.
    m_thresholds->resizeRowsToContents();
    m_thresholds->setFixedHeight(m_thresholds->horizontalHeader()->sizeHint().height() +
                                 m_thresholds->verticalHeader()->length() +
                                 2 * m_thresholds->frameWidth());
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
    m_placeAr->setText(m_original.certificatePlaceAr);
    m_placeAr->setLayoutDirection(Qt::RightToLeft);
    m_verificationUrl->setText(m_original.verificationUrl);
    m_keyPath->setText(m_original.signingKeyPath);
    m_keyState->setWordWrap(true);
    m_letterheadState->setWordWrap(true);
    connect(m_createKey, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Create the signing key"),
            tr("Create a new signing key for the CCM? Every certificate will be signed with it. "
               "Do this once; other workstations import that key."));
        if (answer == QMessageBox::Yes)
            createKey();
    });
    connect(m_importKey, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a signing key"));
        if (!file.isEmpty())
            importKey(file);
    });
    auto* chooseLetterheadButton = new QPushButton(tr("Choose an image…"), this);
    connect(chooseLetterheadButton, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Letterhead of the certificates"), QString(),
                                         tr("Images (*.png *.jpg *.jpeg *.bmp *.svg)"));
        if (!file.isEmpty())
            chooseLetterhead(file);
    });
    connect(m_removeLetterhead, &QPushButton::clicked, this, &SettingsDialog::removeLetterhead);
    showKeyState();
    showLetterhead();
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
    form->addRow(tr("Place of issue in Arabic"), m_placeAr);
    form->addRow(tr("Verification address printed on certificates"), m_verificationUrl);
    form->addRow(tr("Signing key file (kept outside the register)"), m_keyPath);
    // The state on its own line, the actions under it: a long message is never clipped.
    const auto stateAndActions = [](QLabel* state, QList<QPushButton*> actions) {
        auto* buttons = new QHBoxLayout;
        for (QPushButton* b : actions)
            buttons->addWidget(b);
        buttons->addStretch(1);
        auto* column = new QVBoxLayout;
        column->addWidget(state);
        column->addLayout(buttons);
        return column;
    };
    form->addRow(tr("Signing key"), stateAndActions(m_keyState, {m_createKey, m_importKey}));
    form->addRow(tr("Letterhead of the certificates"),
                 stateAndActions(m_letterheadState, {chooseLetterheadButton, m_removeLetterhead}));
    form->addRow(tr("Numbers of national certificates"), m_nationalFormat);
    form->addRow(tr("Numbers of international certificates"), m_internationalFormat);
    form->addRow(tr("Numbers of dossier receipts"), m_receiptFormat);
    // Tab follows the rows top to bottom (the amounts were created after the other fields).
    chainTabOrder(QList<QWidget*>{m_forms, m_thresholds} + amounts +
                  QList<QWidget*>{m_term, m_bodies, m_inactivity, m_deadline, m_place, m_placeAr,
                                  m_verificationUrl, m_keyPath, m_createKey, m_importKey,
                                  chooseLetterheadButton, m_removeLetterhead, m_nationalFormat,
                                  m_internationalFormat, m_receiptFormat});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(760, 880);
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
    s.certificatePlaceAr = text(m_placeAr, m_original.certificatePlaceAr);
    s.verificationUrl = m_verificationUrl->text().trimmed(); // empty: the footer names none
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

void SettingsDialog::applyKeyPath()
{
    Settings saved = m_reg.settings();
    if (saved.signingKeyPath == m_keyPath->text().trimmed())
        return;
    saved.signingKeyPath = m_keyPath->text().trimmed();
    m_reg.saveSettings(saved);
    m_original.signingKeyPath = saved.signingKeyPath;
}

bool SettingsDialog::createKey()
{
    applyKeyPath();
    const auto created = SigningKeyRegistry(m_reg).create();
    if (!created)
        QMessageBox::warning(this, tr("Signing key"), created.refusal().message);
    showKeyState();
    return created.ok();
}

bool SettingsDialog::importKey(const QString& file)
{
    applyKeyPath();
    const auto imported = SigningKeyRegistry(m_reg).importFile(file);
    if (!imported)
        QMessageBox::warning(this, tr("Signing key"), imported.refusal().message);
    showKeyState();
    return imported.ok();
}

void SettingsDialog::showKeyState()
{
    const auto key = SigningKeyRegistry(m_reg).forIssuing(m_reg.settings());
    m_keyState->setText(key ? tr("Certificates are signed with key %1.").arg(key.value().keyId())
                            : key.refusal().message);
}

bool SettingsDialog::chooseLetterhead(const QString& imageFile)
{
    const Check set = Letterhead(m_reg).set(imageFile);
    if (!set)
        QMessageBox::warning(this, tr("Letterhead of the certificates"), set.refusal().message);
    showLetterhead();
    return set.ok();
}

void SettingsDialog::removeLetterhead()
{
    Letterhead(m_reg).remove();
    showLetterhead();
}

void SettingsDialog::showLetterhead()
{
    const QImage image = Letterhead(m_reg).image();
    m_removeLetterhead->setEnabled(!image.isNull());
    if (image.isNull()) {
        m_letterheadState->setText(tr("None: certificates print no emblem."));
        return;
    }
    m_letterheadState->setPixmap(
        QPixmap::fromImage(image.scaled(160, 48, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void SettingsDialog::accept()
{
    m_reg.saveSettings(settings());
    QDialog::accept();
}

} // namespace cinereg::ui
