#include "ApprovalView.h"

#include "accounts/DecisionService.h"
#include "applications/ApplicationService.h"
#include "FormConventions.h"
#include "Names.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "services/RightService.h"
#include "StatusText.h"
#include "StorageFailureBar.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int ProposalRole = Qt::UserRole + 1;
constexpr int CompanyRole = Qt::UserRole + 2;

// Who may not act on a proposal at all (as opposed to a rule of the register that no longer
// holds today, which still leaves the proposal to be rejected).
bool refusesTheActor(const Refusal& r)
{
    return r.rule == Rule::OutsideRole || r.rule == Rule::SelfApproval ||
           r.rule == Rule::SignInRequired || r.rule == Rule::AccountDisabled ||
           r.rule == Rule::ProposalClosed || r.rule == Rule::NotFound;
}

QLabel* reasonLine(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    reserveMessageSpace(label);
    return label;
}
} // namespace

ApprovalView::ApprovalView(const Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_heading(new QLabel(this)), m_list(new QTreeWidget(this)),
      m_details(new QLabel(this)), m_check(new QLabel(this)),
      m_approve(new QPushButton(tr("Approve"), this)), m_approveWhy(reasonLine(this)),
      m_reason(new QPlainTextEdit(this)), m_reject(new QPushButton(tr("Reject"), this)),
      m_rejectWhy(reasonLine(this)), m_message(new QLabel(this)),
      m_storage(new StorageFailureBar(this))
{
    m_heading->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_list->setHeaderLabels(
        {tr("Proposal"), tr("Decision"), tr("Company"), tr("Proposed by"), tr("Proposed on")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setWordWrap(true);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_selected = item ? item->data(0, ProposalRole).toLongLong() : 0;
        m_reason->clear();
        showSelected();
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        Q_EMIT companyActivated(item->data(0, CompanyRole).toLongLong());
    });

    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_check->setWordWrap(true);
    m_message->setWordWrap(true);
    reserveMessageSpace(m_message);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(70);

    auto* detailsBox = new QGroupBox(tr("The selected proposal"), this);
    auto* form = new QFormLayout;
    form->addRow(m_details);
    form->addRow(tr("Rule check as of today"), m_check);
    auto* approveRow = new QHBoxLayout;
    approveRow->addWidget(m_approve, 0, Qt::AlignTop);
    approveRow->addWidget(m_approveWhy, 1);
    form->addRow(approveRow);
    form->addRow(tr("Reason for rejecting"), m_reason);
    markRequired(form, m_reason);
    auto* rejectRow = new QHBoxLayout;
    rejectRow->addWidget(m_reject, 0, Qt::AlignTop);
    rejectRow->addWidget(m_rejectWhy, 1);
    form->addRow(rejectRow);
    auto* detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addLayout(form);
    detailsLayout->addWidget(requiredLegend(detailsBox));
    detailsLayout->addWidget(m_storage);
    detailsLayout->addWidget(m_message);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detailsBox);
    split->setStretchFactor(0, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(split, 1);

    connect(m_approve, &QPushButton::clicked, this, &ApprovalView::approve);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalView::reject);
    connect(&reg.changes(), &ChangeFeed::changed, this, &ApprovalView::reload);
    reload();
}

void ApprovalView::reload()
{
    m_storage->attempt([this] {
        const qint64 keep = m_selected;
        const QSignalBlocker quiet(m_list);
        m_list->clear();
        m_selected = 0;
        ProposalQuery query;
        query.pendingOnly = true;
        const QVector<Proposal> pending = m_reg.decisions().list(query);
        for (const Proposal& p : pending) {
            const std::optional<Company> company = m_reg.companies().find(p.companyId);
            auto* item = new QTreeWidgetItem(
                m_list, {QLocale().toString(p.id), p.summary(),
                         company ? company->name : QString::number(p.companyId), p.proposedBy,
                         QLocale().toString(p.proposedAt.toLocalTime(), QLocale::ShortFormat)});
            item->setData(0, ProposalRole, p.id);
            item->setData(0, CompanyRole, p.companyId);
            if (company)
                item->setToolTip(2, company->nameAr);
            if (p.id == keep) {
                m_list->setCurrentItem(item);
                m_selected = keep;
            }
        }
        m_heading->setText(tr("%n proposal(s) awaiting approval", nullptr, int(pending.size())));
        showSelected();
        Q_EMIT countChanged(int(pending.size()));
    });
}

void ApprovalView::select(qint64 proposalId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, ProposalRole).toLongLong() == proposalId)
            m_list->setCurrentItem(m_list->topLevelItem(i));
}

int ApprovalView::count() const
{
    return m_list->topLevelItemCount();
}

Check ApprovalView::rulesToday(const Proposal& p) const
{
    // The core's answer for the decision itself, as of today: the same check the approval
    // makes again when it takes effect.
    switch (p.kind) {
    case ProposalKind::Grant:
        return m_reg.rights().wouldGrant(p.companyId, p.grant);
    case ProposalKind::Decision: {
        GrantRules::DecisionRequest r = p.decision; // as DecisionService::wouldApprove asks
        if (!r.effective.isValid())
            r.effective = m_reg.today();
        return m_reg.rights().wouldDecide(p.targetId, r);
    }
    case ProposalKind::ApplicationDecide:
        return ApplicationService(m_reg).wouldDecide(p.targetId, p.application);
    }
    return Done{};
}

QString ApprovalView::detailsOf(const Proposal& p) const
{
    QStringList lines{QStringLiteral("<b>%1</b>").arg(p.summary().toHtmlEscaped())};
    if (const std::optional<Company> company = m_reg.companies().find(p.companyId))
        lines.append(tr("Company: %1").arg(isolated(company->name).toHtmlEscaped()));
    QString reference;
    QDate from;
    QString reason;
    switch (p.kind) {
    case ProposalKind::Grant:
        reference = p.grant.reference;
        from = p.grant.validFrom;
        break;
    case ProposalKind::Decision:
        reference = p.decision.reference;
        from = p.decision.effective;
        reason = p.decision.reason;
        break;
    case ProposalKind::ApplicationDecide:
        reference = p.application.reference;
        from = p.application.grant ? p.application.validFrom : QDate();
        reason = p.application.reason;
        break;
    }
    if (!reference.isEmpty())
        lines.append(tr("Decision reference: %1").arg(isolated(reference).toHtmlEscaped()));
    if (from.isValid())
        lines.append(tr("Takes effect on: %1").arg(isolated(dateText(from))));
    if (!reason.isEmpty())
        lines.append(tr("Reason: %1").arg(reason.toHtmlEscaped()));
    lines.append(
        tr("Proposed by %1 on %2")
            .arg(isolated(p.proposedBy).toHtmlEscaped(),
                 isolated(QLocale().toString(p.proposedAt.toLocalTime(), QLocale::ShortFormat))));
    return lines.join(QStringLiteral("<br>"));
}

void ApprovalView::showSelected()
{
    m_storage->attempt([this] {
        const std::optional<Proposal> p =
            m_selected ? m_reg.decisions().find(m_selected) : std::nullopt;
        if (!p) {
            m_details->setText(tr("Select a proposal in the list."));
            m_check->clear();
            for (QWidget* w : {static_cast<QWidget*>(m_approve), static_cast<QWidget*>(m_reject),
                               static_cast<QWidget*>(m_reason)})
                w->setEnabled(false);
            m_approveWhy->clear();
            m_rejectWhy->clear();
            return;
        }
        m_details->setText(detailsOf(*p));
        // The core's approval check; when it refuses the person (own proposal, role), the
        // decision's own rules as of today are still shown, again as the core answers them.
        const Check approvable = m_reg.decisions().wouldApprove(p->id);
        const bool actorRefused = !approvable && refusesTheActor(approvable.refusal());
        const Check rules = actorRefused ? rulesToday(*p) : approvable;
        m_check->setText(rules ? tr("The rules hold today: approving it puts it into effect.")
                               : rules.refusal().message);
        m_check->setStyleSheet(rules ? QStringLiteral("color: #1b7a1b;")
                                     : QStringLiteral("color: #b01c1c; font-weight: bold;"));
        m_approve->setEnabled(approvable.ok());
        m_approveWhy->setText(approvable ? QString() : approvable.refusal().message);
        m_reason->setEnabled(!actorRefused);
        m_reject->setEnabled(!actorRefused);
        m_rejectWhy->setText(actorRefused ? approvable.refusal().message : QString());
    });
}

QString ApprovalView::ruleCheckText() const
{
    return m_check->text();
}
QString ApprovalView::approveReason() const
{
    return m_approveWhy->text();
}
QString ApprovalView::rejectReason() const
{
    return m_rejectWhy->text();
}
QString ApprovalView::message() const
{
    return m_message->text();
}

void ApprovalView::showMessage(const QString& text, bool refused)
{
    m_message->setText(text);
    m_message->setStyleSheet(refused ? QStringLiteral("color: #b01c1c; font-weight: bold;")
                                     : QStringLiteral("color: #1b7a1b; font-weight: bold;"));
}

void ApprovalView::approve()
{
    const qint64 id = m_selected;
    if (!id)
        return;
    m_storage->attempt([this, id] {
        const Outcome<Submission> done = m_reg.decisions().approve(id);
        if (!done) { // e.g. the rules no longer hold today: the proposal stays pending
            showMessage(done.refusal().message, true);
            showSelected();
            return;
        }
        const QString number = done.value().granted.number.isEmpty()
                                   ? done.value().application.number
                                   : done.value().granted.number;
        showMessage(
            number.isEmpty()
                ? tr("Proposal %1 approved: the decision is in effect.").arg(id)
                : tr("Proposal %1 approved: the decision is in effect (%2).").arg(id).arg(number),
            false);
        reload();
    });
}

void ApprovalView::reject()
{
    const qint64 id = m_selected;
    if (!id)
        return;
    m_storage->attempt([this, id] {
        const Check done = m_reg.decisions().reject(id, m_reason->toPlainText().trimmed());
        if (!done) { // a reason is required: the core says so, nothing is written
            showMessage(done.refusal().message, true);
            m_reason->setFocus();
            return;
        }
        showMessage(tr("Proposal %1 rejected.").arg(id), false);
        m_reason->clear();
        reload();
    });
}

} // namespace cinereg::ui
