#include "ExportDialog.h"

#include "io/ExportService.h"
#include "Names.h"
#include "services/Register.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

ExportDialog::ExportDialog(Register& reg, What what, QWidget* parent) : QDialog(parent), m_reg(reg)
{
    setWindowTitle(tr("Export"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_what = new QComboBox;
    m_what->addItem(tr("Companies with their standing"), int(What::Companies));
    m_what->addItem(tr("Members of a professional body"), int(What::BodyMembers));
    m_what->addItem(tr("Authorizations and accreditations"), int(What::Rights));
    m_what->setCurrentIndex(m_what->findData(int(what)));
    form->addRow(tr("List:"), m_what);
    m_body = new QComboBox;
    m_body->addItems(reg.settings().professionalBodies);
    form->addRow(tr("Professional body:"), m_body);
    m_tier = new QComboBox;
    m_tier->addItem(tr("All companies"), -1);
    m_tier->addItem(Names::label(RightKind::Authorization), int(RightKind::Authorization));
    m_tier->addItem(Names::label(RightKind::National), int(RightKind::National));
    m_tier->addItem(Names::label(RightKind::International), int(RightKind::International));
    form->addRow(tr("Right in force:"), m_tier);
    m_on = new QDateEdit(reg.today());
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_on->setLayoutDirection(Qt::LeftToRight); // an ISO date reads left to right in Arabic too
    form->addRow(tr("Standing on:"), m_on);
    layout->addLayout(form);
    m_result = new QLabel;
    m_result->setWordWrap(true);
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox;
    QPushButton* save = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, &ExportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    connect(m_what, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFields);
    updateFields();
}

void ExportDialog::updateFields()
{
    const auto what = What(m_what->currentData().toInt());
    m_body->setEnabled(what == What::BodyMembers);
    m_tier->setEnabled(what == What::Companies);
}

Outcome<int> ExportDialog::exportTo(const QString& path)
{
    const ExportService service(m_reg);
    const bool rightToLeft = QLocale().textDirection() == Qt::RightToLeft;
    const auto what = What(m_what->currentData().toInt());
    if (what == What::Rights)
        return service.exportRights(path, m_on->date(), rightToLeft);
    CompanyExportQuery query;
    query.on = m_on->date();
    if (what == What::BodyMembers)
        query.body = m_body->currentText();
    else if (m_tier->currentData().toInt() >= 0)
        query.tier = RightKind(m_tier->currentData().toInt());
    return service.exportCompanies(path, query, rightToLeft);
}

void ExportDialog::chooseAndExport()
{
    const QString path = QFileDialog::getSaveFileName(
        this, windowTitle(), QString(), tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const Outcome<int> written = exportTo(path);
    m_result->setText(written ? tr("%n row(s) written to %1.", nullptr, written.value()).arg(path)
                              : written.refusal().message);
}

} // namespace cinereg::ui
