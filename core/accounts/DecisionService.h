#pragma once

#include "../Refusal.h"
#include "../services/RightService.h"
#include "Proposal.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class Register;

// What a decision command did: either it took effect (single-user mode, or an approval), or it
// was recorded as a proposal awaiting approval and nothing else changed.
struct Submission
{
    qint64 proposal = 0;   // non-zero: "recorded as proposal N, awaiting approval"
    Granted granted;       // ProposalKind::Grant that took effect: the right's id and number
    qint64 decisionId = 0; // ProposalKind::Decision that took effect
    ApplicationOutcome application; // ProposalKind::ApplicationDecide that took effect

    bool proposed() const { return proposal != 0; }
    // Translated: "Recorded as proposal 7, awaiting approval by another approver."
    QString proposedMessage() const;
};

struct ProposalQuery
{
    bool pendingOnly = false;
    qint64 companyId = 0; // 0: every company
};

// The one door through which decisions enter the register (the window and the CLI call it for
// grant, renew, suspend, reinstate, revoke and a dossier's decision):
//  - single-user mode: the decision takes effect at once through RightService /
//    ApplicationService, exactly as before;
//  - with accounts: the account needs Action::ProposeDecision (clerk or approver); the rules
//    are checked as of today (a refusal writes nothing), then the decision is recorded as a
//    proposal; it takes effect only when ANOTHER account with Action::ApproveDecision approves
//    it, through the same services, the rules checked again on the approval day.
// Once accounts exist RightService::grant/decide and ApplicationService::decide called directly
// are refused with Rule::FourEyes: no decision on one person's word.
class DecisionService
{
    Q_DECLARE_TR_FUNCTIONS(DecisionService)

public:
    explicit DecisionService(const Register& reg) : m_reg(reg) {}

    Outcome<Submission> grant(qint64 companyId, const GrantRules::GrantRequest& request,
                              const QString& number = {}) const;
    Outcome<Submission> decide(qint64 rightId, const GrantRules::DecisionRequest& request) const;
    Outcome<Submission> decideApplication(qint64 applicationId,
                                          const ApplicationDecision& decision) const;

    // Would the signed-in account's approval be refused, and why? (role, own proposal, already
    // decided, or the rules as of today). Writes nothing.
    Check wouldApprove(qint64 proposalId) const;
    // Takes effect now (Submission::proposal is 0 and the result is filled in), or refused:
    // Rule::OutsideRole, Rule::SelfApproval, Rule::ProposalClosed, Rule::NotFound, or the rule
    // that no longer holds on the approval day (nothing written, the proposal stays pending).
    Outcome<Submission> approve(qint64 proposalId) const;
    // A reason is required (Rule::ReasonRequired); same role and self rules as approve.
    Check reject(qint64 proposalId, const QString& reason) const;

    // For RightService and ApplicationService: why a decision may not be written directly now
    // (the acting role, or Rule::FourEyes once accounts exist outside an approval), or nothing.
    static std::optional<Refusal> directDecisionProblem(const Register& reg);

    std::optional<Proposal> find(qint64 proposalId) const;
    QVector<Proposal> list(const ProposalQuery& query = {}) const; // newest first
    int pendingCount() const;

private:
    Outcome<Submission> propose(Proposal proposal) const;
    Check decidable(qint64 proposalId, std::optional<Proposal>& found) const;
    const Register& m_reg;
};

} // namespace cinereg
