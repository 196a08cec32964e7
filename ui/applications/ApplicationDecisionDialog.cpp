#include "ApplicationDecisionDialog.h"

#include "CheckedDialogLayout.h"
#include "services/CompanyService.h"
#include "services/Register.h"

#include <QButtonGroup>
#include <QCheckBox>
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
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}
} // namespace

ApplicationDecisionDialog::ApplicationDecisionDialog(const Register& reg, qint64 applicationId,
                                                     QWidget* parent)
    : QDialog(parent), m_reg(reg), m_applicationId(applicationId),
      m_grant(new QRadioButton(tr("Grant"), this)), m_refuse(new QRadioButton(tr("Refuse"), this)),
      m_reference(new QLineEdit(this)), m_decisionDate(dateEdit(reg.today(), this)),
      m_from(dateEdit(reg.today(), this)), m_until(dateEdit(reg.today().addYears(1), this)),
      m_unlimited(new QCheckBox(tr("Without limit of duration"), this)),
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
    form->addRow(m_renewal ? tr("New end of validity") : tr("Valid until"), m_until);
    if (!m_renewal) {
        form->addRow(QString(), m_unlimited);
        m_unlimited->setChecked(true);
        m_until->setEnabled(false);
    } else {
        m_unlimited->hide();
        m_until->setDate(reg.today().addYears(3));
    }
    m_reason->setMaximumHeight(80);
    form->addRow(tr("Reason of the refusal"), m_reason);

    connect(m_grant, &QRadioButton::toggled, this, &ApplicationDecisionDialog::refresh);
    connect(m_reference, &QLineEdit::textChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_decisionDate, &QDateEdit::dateChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_until, &QDateEdit::dateChanged, this, &ApplicationDecisionDialog::refresh);
    connect(m_unlimited, &QCheckBox::toggled, this, &ApplicationDecisionDialog::refresh);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ApplicationDecisionDialog::refresh);

    layOutCheckedDialog(this, form, m_refusal, m_buttons, tr("Record the decision"));
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
        d.validUntil = !m_renewal && m_unlimited->isChecked() ? QDate() : m_until->date();
    } else {
        d.reason = m_reason->toPlainText();
    }
    return d;
}

void ApplicationDecisionDialog::refresh()
{
    const bool grant = m_grant->isChecked();
    m_from->setEnabled(grant);
    m_until->setEnabled(grant && (m_renewal || !m_unlimited->isChecked()));
    m_unlimited->setEnabled(grant);
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
void ApplicationDecisionDialog::setUntil(QDate until)
{
    m_unlimited->setChecked(!until.isValid() && !m_renewal);
    if (until.isValid())
        m_until->setDate(until);
}

void ApplicationDecisionDialog::accept()
{
    const Outcome<ApplicationOutcome> decided =
        ApplicationService(m_reg).decide(m_applicationId, decision());
    if (!decided) { // e.g. another clerk changed the register meanwhile
        m_refusal->setText(decided.refusal().message);
        m_refusal->setVisible(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    QDialog::accept();
}

} // namespace cinereg::ui
