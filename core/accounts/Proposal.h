#pragma once

#include "../applications/ApplicationService.h"
#include "../GrantRules.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace cinereg {

enum class ProposalKind {
    Grant,             // authorization or accreditation grant (company, GrantRequest)
    Decision,          // renew, suspend, reinstate, revoke of a right (right, DecisionRequest)
    ApplicationDecide, // a dossier's grant or refusal (application, ApplicationDecision)
};

enum class ProposalStatus { Pending, Approved, Rejected };

// A decision proposed by one account, awaiting the approval of another (four eyes). It does
// not take effect (a proposed accreditation is not in force, no certificate can be issued for
// it) until approved; on approval it goes through the same services and rules, checked again
// on the approval day. Decided proposals are never changed (the store refuses it).
struct Proposal
{
    qint64 id = 0;
    ProposalKind kind = ProposalKind::Grant;
    qint64 companyId = 0;
    qint64 targetId = 0; // Decision: the right; ApplicationDecide: the application; Grant: 0

    // What was proposed; only the member of `kind` is meaningful.
    GrantRules::GrantRequest grant; // Grant (and its number, empty: allocated on approval)
    QString number;
    GrantRules::DecisionRequest decision; // Decision
    ApplicationDecision application;      // ApplicationDecide

    ProposalStatus status = ProposalStatus::Pending;
    QString proposedBy;
    QDateTime proposedAt;
    QString decidedBy; // the approver who approved or rejected it (never the proposer)
    QDateTime decidedAt;
    QString rejectionReason;
    qint64 resultId = 0; // approved: the right granted, or the decision recorded

    // Translated one-line summary, e.g. "Grant of a national accreditation to company #12".
    QString summary() const;
    // The proposed request as JSON (stored with the proposal, shown by `decision list --json`),
    // and read back.
    QJsonObject requestJson() const;
    void readRequest(const QJsonObject& json);
};

// Stable codes: "grant", "decision", "application"; "pending", "approved", "rejected".
QString proposalKindCode(ProposalKind kind);
QString proposalStatusCode(ProposalStatus status);
std::optional<ProposalKind> proposalKindFromCode(const QString& code);
std::optional<ProposalStatus> proposalStatusFromCode(const QString& code);

} // namespace cinereg
