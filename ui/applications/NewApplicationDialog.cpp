#include "NewApplicationDialog.h"

#include "applications/ApplicationService.h"
#include "CheckedDialogLayout.h"
#include "CompanyPicker.h"
#include "DateEditFormat.h"
#include "FormConventions.h"
#include "Names.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StatusText.h"
#include "StorageFailureBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cinereg::ui {

NewApplicationDialog::NewApplicationDialog(const Register& reg, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_company(new CompanyPicker(reg, this)),
      m_kind(new QComboBox(this)),
      m_renewal(new QCheckBox(tr("Renewal of the company's right of that kind"), this)),
      m_received(new QDateEdit(reg.today(), this)), m_receipt(new QLineEdit(this)),
      m_deadline(new QLabel(this)), m_refusal(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New dossier"));
    for (RightKind k : {RightKind::Authorization, RightKind::National, RightKind::International})
        m_kind->addItem(Names::label(k), Names::code(k));
    m_received->setCalendarPopup(true);
    applyDateFormat(m_received);
    m_receipt->setPlaceholderText(tr("next REC-YEAR-NNNN"));

    auto* form = new QFormLayout;
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Asks for"), m_kind);
    form->addRow(QString(), m_renewal);
    form->addRow(tr("Received on"), m_received);
    form->addRow(tr("Receipt reference"), m_receipt);
    form->addRow(tr("Decision due by"), m_deadline);
    for (QWidget* required : {static_cast<QWidget*>(m_company), static_cast<QWidget*>(m_kind),
                              static_cast<QWidget*>(m_received)})
        markRequired(form, required);
    m_storage = new StorageFailureBar(this);
    layOutCheckedDialog(this, form, m_refusal, m_buttons, tr("File the dossier"), m_storage);
    connect(m_company, &CompanyPicker::companyChanged, this, &NewApplicationDialog::refresh);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::refresh);
    connect(m_renewal, &QCheckBox::toggled, this, &NewApplicationDialog::refresh);
    connect(m_received, &QDateEdit::dateChanged, this, &NewApplicationDialog::refresh);
    connect(m_receipt, &QLineEdit::textChanged, this, &NewApplicationDialog::refresh);
    setMinimumWidth(560);
    refresh();
}

void NewApplicationDialog::preselectCompany(qint64 companyId)
{
    m_company->setCompany(companyId);
}

void NewApplicationDialog::setKind(RightKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(Names::code(kind)));
}

qint64 NewApplicationDialog::companyId() const
{
    return m_company->companyId();
}

void NewApplicationDialog::refresh()
{
    NewApplication a;
    a.companyId = companyId();
    a.kind = Names::rightKind(m_kind->currentData().toString()).value_or(RightKind::Authorization);
    a.renewal = m_renewal->isChecked();
    a.received = m_received->date();
    a.receipt = m_receipt->text();
    m_deadline->setText(
        dateText(DossierRules::deadline(a.received, m_reg.settings().applicationDeadlineDays)));
    const Check c =
        a.companyId
            ? ApplicationService(m_reg).wouldFile(a)
            : Check(Refusal{Rule::RequiredField, QStringLiteral("company"),
                            tr("Company: choose it in the list (type its name, ICE or RC).")});
    m_refusal->setText(c ? QString() : c.refusal().message);
    m_refusal->setVisible(!c);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.ok());
}

QString NewApplicationDialog::refusalText() const
{
    return m_refusal->text();
}

void NewApplicationDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void NewApplicationDialog::record()
{
    NewApplication a;
    a.companyId = companyId();
    a.kind = Names::rightKind(m_kind->currentData().toString()).value_or(RightKind::Authorization);
    a.renewal = m_renewal->isChecked();
    a.received = m_received->date();
    a.receipt = m_receipt->text();
    const Outcome<Filed> filed = ApplicationService(m_reg).file(a);
    if (!filed) {
        m_refusal->setText(filed.refusal().message);
        m_refusal->setVisible(true);
        return;
    }
    m_applicationId = filed.value().id;
    QDialog::accept();
}

QString NewApplicationDialog::storageFailure() const
{
    return m_storage->message();
}

} // namespace cinereg::ui
