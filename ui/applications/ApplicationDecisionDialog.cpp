#include "ApplicationDecisionDialog.h"

#include "CheckedDialogLayout.h"
#include "DateEditFormat.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StorageFailureBar.h"
#include "ValidityEndEdit.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
QDateEdit* dateEdit(QDate date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    applyDateFormat(edit);
    return edit;
}
} // namespace

ApplicationDecisionDialog::ApplicationDecisionDialog(const Register& reg, qint64 applicationId,
                                                     QWidget* parent)
    : QDialog(parent), m_reg(reg), m_applicationId(applicationId),
      m_grant(new QRadioButton(tr("Grant"), this)), m_refuse(new QRadioButton(tr("Refuse"), this)),
      m_reference(new QLineEdit(this)), m_decisionDate(dateEdit(reg.today(), this)),
      m_from(dateEdit(reg.today(), this)), m_end(new ValidityEndEdit(reg, reg.today(), this)),
      m_reason(new QPlainTextEdit(this)), m_refusal(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Decide on the dossier"));
    auto* form = new QFormLayout;
    if (const auto app = ApplicationService(reg).find(applicationId)) {
        m_renewal = app->renewal;
        const auto companies = reg.companies().summaries({app->companyId});
        form->addRow(
            tr("Dossier"),
            new QLabel(QStringLiteral("%1 — %2 — %3")
                           .arg(app->receipt, companies.isEmpty() ? QString() : companies[0].name,
                                ApplicationNames::subject(app->kind, app->renewal)),
                       this));
    }
    auto* choice = new QHBoxLayout;
    auto* group = new QButtonGroup(this);
    group->addButton(m_grant);
    group->addButton(m_refuse);
    m_grant->setChecked(true);
    choice->addWidget(m_grant);
    choice->addWidget(m_refuse);
    choice->addStretch();
    form->addRow(tr("Decision"), choice);
    form->addRow(tr("Decision reference"), m_reference);
    form->addRow(tr("Decision signed on"), m_decisionDate);
    form->addRow(m_renewal ? tr("Renewal takes effect on") : tr("Valid from"), m_from);
    form->addRow(m_renewal ? tr("New end of validity") : tr("Valid until"), m_end);
    m_end->setUntilOnly(m_renewal);
    m_reason->setMaximumHeight(80);
    form->addRow(tr("Reason of the refusal"), m_reason);

    connect(m_grant, &QRadioButton::toggled, this, &ApplicationDecisionDialog::refresh);
    connect(m_reference, &QLineEdit::textChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_decisionDate, &QDateEdit::dateChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, m_end, &ValidityEndEdit::setFrom);
    connect(m_end, &ValidityEndEdit::changed, this, &ApplicationDecisionDialog::refresh);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ApplicationDecisionDialog::refresh);

    m_storage = new StorageFailureBar(this);
    layOutCheckedDialog(this, form, m_refusal, m_buttons,
                        reg.hasAccounts() ? tr("Propose the decision") : tr("Record the decision"),
                        m_storage);
    setMinimumWidth(560);
    refresh();
}

ApplicationDecision ApplicationDecisionDialog::decision() const
{
    ApplicationDecision d;
    d.grant = m_grant->isChecked();
    d.reference = m_reference->text();
    d.decisionDate = m_decisionDate->date();
    if (d.grant) {
        d.validFrom = m_from->date();
        d.end = m_end->value();
    } else {
        d.reason = m_reason->toPlainText();
    }
    return d;
}

void ApplicationDecisionDialog::refresh()
{
    const bool grant = m_grant->isChecked();
    m_from->setEnabled(grant);
    m_end->setEnabled(grant);
    m_reason->setEnabled(!grant);
    const Check c = ApplicationService(m_reg).wouldDecide(m_applicationId, decision());
    m_refusal->setText(c ? QString() : c.refusal().message);
    m_refusal->setVisible(!c);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.ok());
}

QString ApplicationDecisionDialog::refusalText() const
{
    return m_refusal->text();
}
bool ApplicationDecisionDialog::canConfirm() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}
void ApplicationDecisionDialog::setGrant(bool grant)
{
    (grant ? m_grant : m_refuse)->setChecked(true);
}
void ApplicationDecisionDialog::setReference(const QString& reference)
{
    m_reference->setText(reference);
}
void ApplicationDecisionDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}
void ApplicationDecisionDialog::setFrom(QDate from)
{
    m_from->setDate(from);
}
void ApplicationDecisionDialog::setEnd(const ValidityEnd& end)
{
    m_end->setValue(end);
}

void ApplicationDecisionDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void ApplicationDecisionDialog::record()
{
    const Outcome<Submission> decided =
        m_reg.decisions().decideApplication(m_applicationId, decision());
    if (!decided) { // e.g. another clerk changed the register meanwhile
        m_refusal->setText(decided.refusal().message);
        m_refusal->setVisible(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_submission = decided.value();
    QDialog::accept();
}

QString ApplicationDecisionDialog::storageFailure() const
{
    return m_storage->message();
}

} // namespace cinereg::ui
