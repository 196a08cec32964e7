#include "DecisionDialog.h"

#include "CheckedDialogLayout.h"
#include "DateEditFormat.h"
#include "DateText.h"
#include "FormConventions.h"
#include "Names.h"
#include "RightTimeline.h"
#include "services/Register.h"
#include "services/RightService.h"
#include "StorageFailureBar.h"
#include "ValidityEndEdit.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
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

DecisionDialog::DecisionDialog(const Register& reg, Kind kind, qint64 companyId, qint64 rightId,
                               QWidget* parent)
    : QDialog(parent), m_reg(reg), m_kind(kind), m_companyId(companyId), m_rightId(rightId),
      m_reference(new QLineEdit(this)), m_consequence(new QLabel(this)),
      m_refusal(new QLabel(this)), m_storage(new StorageFailureBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const QDate today = reg.today();
    auto* form = new QFormLayout;
    const bool grant = kind == Kind::GrantAuthorization || kind == Kind::GrantAccreditation;
    switch (kind) {
    case Kind::GrantAuthorization:
        setWindowTitle(tr("Grant the authorization"));
        break;
    case Kind::GrantAccreditation:
        setWindowTitle(tr("Grant an accreditation"));
        break;
    case Kind::Renew:
        setWindowTitle(tr("Renew"));
        break;
    case Kind::Suspend:
        setWindowTitle(tr("Suspend"));
        break;
    case Kind::Reinstate:
        setWindowTitle(tr("Reinstate"));
        break;
    case Kind::Revoke:
        setWindowTitle(tr("Revoke"));
        break;
    }
    if (!grant) {
        if (const auto right = reg.rights().find(rightId))
            form->addRow(tr("Right"), new QLabel(QStringLiteral("%1 — %2").arg(
                                                     right->number, Names::label(right->kind)),
                                                 this));
    }
    if (kind == Kind::GrantAccreditation) {
        m_tier = new QComboBox(this);
        m_tier->addItem(Names::label(RightKind::National), Names::code(RightKind::National));
        m_tier->addItem(Names::label(RightKind::International),
                        Names::code(RightKind::International));
        form->addRow(tr("Tier"), m_tier);
        connect(m_tier, &QComboBox::currentIndexChanged, this, &DecisionDialog::refresh);
    }
    form->addRow(tr("Decision reference"), m_reference);
    connect(m_reference, &QLineEdit::textChanged, this, &DecisionDialog::refresh);
    if (grant) {
        m_decisionDate = dateEdit(today, this);
        form->addRow(tr("Decision signed on"), m_decisionDate);
    }
    if (kind != Kind::Renew) {
        m_from = dateEdit(today, this);
        form->addRow(grant ? tr("Valid from") : tr("Takes effect on"), m_from);
        connect(m_from, &QDateEdit::dateChanged, this, &DecisionDialog::refresh);
    }
    if (grant) {
        m_end = new ValidityEndEdit(reg, today, this);
        form->addRow(tr("Valid until"), m_end);
        connect(m_end, &ValidityEndEdit::changed, this, &DecisionDialog::refresh);
        connect(m_from, &QDateEdit::dateChanged, m_end, &ValidityEndEdit::setFrom);
    }
    if (kind == Kind::Renew) {
        m_until = dateEdit(renewalProposal(), this);
        form->addRow(tr("New end of validity"), m_until);
        connect(m_until, &QDateEdit::dateChanged, this, &DecisionDialog::refresh);
    }
    if (kind == Kind::Suspend || kind == Kind::Revoke) {
        m_reason = new QPlainTextEdit(this);
        m_reason->setMaximumHeight(80);
        m_reason->setTabChangesFocus(true); // Tab goes on to the buttons, it types no tab
        form->addRow(tr("Reason"), m_reason);
        connect(m_reason, &QPlainTextEdit::textChanged, this, &DecisionDialog::refresh);
    }

    m_consequence->setWordWrap(true);
    m_consequence->setStyleSheet(QStringLiteral("color: #b36b00; font-weight: bold;"));
    m_consequence->setVisible(false);
    form->addRow(m_consequence);
    if (kind == Kind::Suspend || kind == Kind::Revoke)
        reserveMessageSpace(m_consequence); // the warning may come with the date: no jump

    for (QWidget* required :
         QList<QWidget*>{m_tier, m_reference, m_decisionDate, m_from, m_end, m_until, m_reason})
        if (required)
            markRequired(form, required);
    chainTabOrder({m_tier, m_reference, m_decisionDate, m_from, m_end, m_until, m_reason});

    layOutCheckedDialog(this, form, m_refusal, m_buttons,
                        reg.hasAccounts() ? tr("Propose the decision") : tr("Record the decision"),
                        m_storage);
    setMinimumWidth(grant ? 660
                          : 520); // a grant's validity: the choice and its day side by side, whole
    refresh();
}

GrantRules::GrantRequest DecisionDialog::grantRequest() const
{
    GrantRules::GrantRequest r;
    r.kind = m_kind == Kind::GrantAuthorization
                 ? RightKind::Authorization
                 : Names::tier(m_tier->currentData().toString()).value_or(RightKind::National);
    r.reference = m_reference->text();
    r.decisionDate = m_decisionDate->date();
    r.validFrom = m_from->date();
    r.end = m_end->value();
    return r;
}

QDate DecisionDialog::renewalProposal() const
{
    // The current end moved by the settings' default term; without one, the current end itself,
    // which the core refuses until the clerk chooses a later day.
    const std::optional<Right> right = m_reg.rights().find(m_rightId);
    const QDate current = right ? RightTimeline(*right).finalValidUntil() : QDate();
    if (!current.isValid())
        return m_reg.today();
    const QDate byDefault = m_reg.rights().defaultLastDay(current.addDays(1));
    return byDefault.isValid() ? byDefault : current;
}

void DecisionDialog::setEnd(const ValidityEnd& end)
{
    if (m_end)
        m_end->setValue(end);
}

GrantRules::DecisionRequest DecisionDialog::decisionRequest() const
{
    GrantRules::DecisionRequest r;
    switch (m_kind) {
    case Kind::Renew:
        r.type = DecisionType::Renew;
        break;
    case Kind::Suspend:
        r.type = DecisionType::Suspend;
        break;
    case Kind::Reinstate:
        r.type = DecisionType::Reinstate;
        break;
    default:
        r.type = DecisionType::Revoke;
        break;
    }
    r.reference = m_reference->text();
    r.effective = m_from ? m_from->date() : m_reg.today();
    r.reason = m_reason ? m_reason->toPlainText() : QString();
    r.validUntil = m_until ? m_until->date() : QDate();
    return r;
}

Check DecisionDialog::check() const
{
    if (m_kind == Kind::GrantAuthorization || m_kind == Kind::GrantAccreditation)
        return m_reg.rights().wouldGrant(m_companyId, grantRequest());
    return m_reg.rights().wouldDecide(m_rightId, decisionRequest());
}

void DecisionDialog::refresh()
{
    m_storage->attempt([this] {
        const Check c = check();
        m_refusal->setText(c ? QString() : c.refusal().message);
        m_refusal->setVisible(!c);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(c.ok());

        QStringList stopped;
        if (c && (m_kind == Kind::Suspend || m_kind == Kind::Revoke))
            for (const Right& a : m_reg.rights().wouldStop(m_rightId, decisionRequest()))
                stopped.append(QStringLiteral("• %1 — %2").arg(a.number, Names::label(a.kind)));
        m_consequence->setText(
            stopped.isEmpty() ? QString()
                              : tr("These accreditations will no longer be in force from %1:\n%2")
                                    .arg(DateText::of(decisionRequest().effective),
                                         stopped.join(QLatin1Char('\n'))));
        m_consequence->setVisible(!stopped.isEmpty());
    });
}

QString DecisionDialog::consequenceText() const
{
    return m_consequence->text();
}

QString DecisionDialog::refusalText() const
{
    return m_refusal->text();
}
void DecisionDialog::setReference(const QString& reference)
{
    m_reference->setText(reference);
}
void DecisionDialog::setReason(const QString& reason)
{
    if (m_reason)
        m_reason->setPlainText(reason);
}
void DecisionDialog::setFrom(QDate from)
{
    if (m_from)
        m_from->setDate(from);
}
void DecisionDialog::setTier(RightKind tier)
{
    if (m_tier)
        m_tier->setCurrentIndex(m_tier->findData(Names::code(tier)));
}

void DecisionDialog::accept()
{
    m_storage->attempt([this] { record(); });
}

void DecisionDialog::record()
{
    const DecisionService decisions = m_reg.decisions();
    const Outcome<Submission> done =
        m_kind == Kind::GrantAuthorization || m_kind == Kind::GrantAccreditation
            ? decisions.grant(m_companyId, grantRequest())
            : decisions.decide(m_rightId, decisionRequest());
    if (!done) { // e.g. another clerk changed the register meanwhile
        m_refusal->setText(done.refusal().message);
        m_refusal->setVisible(true);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_submission = done.value();
    QDialog::accept();
}

QString DecisionDialog::storageFailure() const
{
    return m_storage->message();
}

void DecisionDialog::retryStorage()
{
    m_storage->retryButton()->click();
}

} // namespace cinereg::ui
