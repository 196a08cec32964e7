#include "DecisionService.h"

#include "../services/Register.h"
#include "../store/AuditLog.h"
#include "../store/ProposalStore.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "../TextRules.h"

namespace cinereg {

namespace {
// While an approved proposal takes effect, the services may write its decision.
class Approving
{
public:
    Approving(const Proposal& proposal, const Proposal*& slot) : m_slot(slot)
    {
        m_slot = &proposal;
    }
    ~Approving() { m_slot = nullptr; }
    Approving(const Approving&) = delete;
    Approving& operator=(const Approving&) = delete;

private:
    const Proposal*& m_slot;
};
} // namespace

QString Submission::proposedMessage() const
{
    return DecisionService::tr("Recorded as proposal %1, awaiting approval by another approver.")
        .arg(proposal);
}

std::optional<Refusal> DecisionService::directDecisionProblem(const Register& reg)
{
    if (reg.approving())
        return std::nullopt;
    if (auto refusal = reg.require(Action::ProposeDecision))
        return refusal;
    if (reg.hasAccounts())
        return Refusal{Rule::FourEyes, QString(),
                       tr("This register has accounts: a decision is recorded as a proposal and "
                          "takes effect when another account approves it.")};
    return std::nullopt;
}

Outcome<Submission> DecisionService::grant(qint64 companyId,
                                           const GrantRules::GrantRequest& request,
                                           const QString& number) const
{
    if (!m_reg.hasAccounts()) {
        const Outcome<Granted> granted = m_reg.rights().grant(companyId, request, number);
        if (!granted)
            return granted.refusal();
        Submission s;
        s.granted = granted.value();
        return s;
    }
    Proposal p;
    p.kind = ProposalKind::Grant;
    p.companyId = companyId;
    p.grant = request;
    p.grant.reference = p.grant.reference.trimmed();
    p.number = number.trimmed();
    if (auto refusal = m_reg.require(Action::ProposeDecision))
        return *refusal;
    if (const Check allowed = m_reg.rights().wouldGrant(companyId, p.grant); !allowed)
        return allowed.refusal();
    if (!p.number.isEmpty() && RightStore(StoreAccess::of(m_reg)).numberExists(p.number))
        return Refusal{
            Rule::Duplicate, QStringLiteral("number"),
            RightService::tr("Number %1 is already used by another right.").arg(p.number)};
    return propose(p);
}

Outcome<Submission> DecisionService::decide(qint64 rightId,
                                            const GrantRules::DecisionRequest& request) const
{
    if (!m_reg.hasAccounts()) {
        const Outcome<qint64> decided = m_reg.rights().decide(rightId, request);
        if (!decided)
            return decided.refusal();
        Submission s;
        s.decisionId = decided.value();
        return s;
    }
    if (auto refusal = m_reg.require(Action::ProposeDecision))
        return *refusal;
    Proposal p;
    p.kind = ProposalKind::Decision;
    p.targetId = rightId;
    p.decision = request;
    p.decision.reference = p.decision.reference.trimmed();
    p.decision.reason = p.decision.reason.trimmed();
    // The rules as of today: the effective day the approver would get if none is given.
    GrantRules::DecisionRequest asOfToday = p.decision;
    if (!asOfToday.effective.isValid())
        asOfToday.effective = m_reg.today();
    if (const Check allowed = m_reg.rights().wouldDecide(rightId, asOfToday); !allowed)
        return allowed.refusal();
    p.companyId = m_reg.rights().find(rightId)->companyId;
    return propose(p);
}

Outcome<Submission> DecisionService::decideApplication(qint64 applicationId,
                                                       const ApplicationDecision& decision) const
{
    const ApplicationService applications(m_reg);
    if (!m_reg.hasAccounts()) {
        const Outcome<ApplicationOutcome> decided = applications.decide(applicationId, decision);
        if (!decided)
            return decided.refusal();
        Submission s;
        s.application = decided.value();
        return s;
    }
    if (auto refusal = m_reg.require(Action::ProposeDecision))
        return *refusal;
    if (const Check allowed = applications.wouldDecide(applicationId, decision); !allowed)
        return allowed.refusal();
    Proposal p;
    p.kind = ProposalKind::ApplicationDecide;
    p.targetId = applicationId;
    p.companyId = applications.find(applicationId)->companyId;
    p.application = decision;
    p.application.reference = p.application.reference.trimmed();
    p.application.reason = p.application.reason.trimmed();
    return propose(p);
}

Outcome<Submission> DecisionService::propose(Proposal p) const
{
    Transaction tx(StoreAccess::of(m_reg));
    p.proposedBy = m_reg.user();
    p.proposedAt = m_reg.clock().now();
    p.id = ProposalStore(StoreAccess::of(m_reg)).insert(p);
    AuditLog(StoreAccess::of(m_reg))
        .append({0, p.proposedAt, p.proposedBy, QStringLiteral("proposal"), p.id,
                 QStringLiteral("propose"),
                 QJsonObject{{QStringLiteral("kind"), proposalKindCode(p.kind)},
                             {QStringLiteral("company_id"), p.companyId},
                             {QStringLiteral("target_id"), p.targetId},
                             {QStringLiteral("request"), p.requestJson()}}});
    tx.commit();
    Submission s;
    s.proposal = p.id;
    return s;
}

Check DecisionService::decidable(qint64 proposalId, std::optional<Proposal>& found) const
{
    if (auto refusal = m_reg.require(Action::ApproveDecision))
        return *refusal;
    found = ProposalStore(StoreAccess::of(m_reg)).find(proposalId);
    if (!found)
        return Refusal{Rule::NotFound, QStringLiteral("id"),
                       tr("No proposal #%1.").arg(proposalId)};
    if (found->status != ProposalStatus::Pending)
        return Refusal{
            Rule::ProposalClosed, QStringLiteral("id"),
            tr("Proposal #%1 was already %2 by %3.")
                .arg(proposalId)
                .arg(found->status == ProposalStatus::Approved ? tr("approved") : tr("rejected"),
                     found->decidedBy)};
    if (found->proposedBy == m_reg.user())
        return Refusal{Rule::SelfApproval, QStringLiteral("id"),
                       tr("Proposal #%1 is your own: another approver must decide it (four "
                          "eyes).")
                           .arg(proposalId)};
    return Done{};
}

Check DecisionService::wouldApprove(qint64 proposalId) const
{
    std::optional<Proposal> p;
    if (const Check ok = decidable(proposalId, p); !ok)
        return ok;
    switch (p->kind) {
    case ProposalKind::Grant:
        return m_reg.rights().wouldGrant(p->companyId, p->grant);
    case ProposalKind::Decision: {
        GrantRules::DecisionRequest r = p->decision;
        if (!r.effective.isValid())
            r.effective = m_reg.today();
        return m_reg.rights().wouldDecide(p->targetId, r);
    }
    case ProposalKind::ApplicationDecide:
        return ApplicationService(m_reg).wouldDecide(p->targetId, p->application);
    }
    return Done{};
}

Outcome<Submission> DecisionService::approve(qint64 proposalId) const
{
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Proposal> p;
    if (const Check ok = decidable(proposalId, p); !ok)
        return ok.refusal();
    Submission s;
    qint64 resultId = 0;
    {
        Approving approving(*p, m_reg.m_approving);
        switch (p->kind) {
        case ProposalKind::Grant: {
            const Outcome<Granted> g =
                m_reg.rights().grantWithin(tx, p->companyId, p->grant, p->number);
            if (!g)
                return g.refusal();
            s.granted = g.value();
            resultId = g.value().id;
            break;
        }
        case ProposalKind::Decision: {
            const Outcome<qint64> d = m_reg.rights().decideWithin(tx, p->targetId, p->decision);
            if (!d)
                return d.refusal();
            s.decisionId = d.value();
            resultId = d.value();
            break;
        }
        case ProposalKind::ApplicationDecide: {
            const Outcome<ApplicationOutcome> a =
                ApplicationService(m_reg).decideWithin(tx, p->targetId, p->application);
            if (!a)
                return a.refusal();
            s.application = a.value();
            resultId = a.value().rightId;
            break;
        }
        }
    }
    const QDateTime now = m_reg.clock().now();
    ProposalStore(StoreAccess::of(m_reg)).approve(p->id, m_reg.user(), now, resultId);
    AuditLog(StoreAccess::of(m_reg))
        .append({0, now, m_reg.user(), QStringLiteral("proposal"), p->id, QStringLiteral("approve"),
                 QJsonObject{{QStringLiteral("proposed_by"), p->proposedBy},
                             {QStringLiteral("result_id"), resultId}}});
    tx.commit();
    return s;
}

Check DecisionService::reject(qint64 proposalId, const QString& rawReason) const
{
    const QString reason = rawReason.trimmed();
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Proposal> p;
    if (const Check ok = decidable(proposalId, p); !ok)
        return ok;
    if (reason.isEmpty())
        return Refusal{Rule::ReasonRequired, QStringLiteral("reason"),
                       tr("A rejection must state its reason.")};
    if (auto refusal = TextRules::check(reason, QStringLiteral("reason"), tr("The reason"),
                                        TextRules::ReasonMax, TextRules::Content::Paragraph))
        return *refusal;
    const QDateTime now = m_reg.clock().now();
    ProposalStore(StoreAccess::of(m_reg)).reject(p->id, m_reg.user(), now, reason);
    AuditLog(StoreAccess::of(m_reg))
        .append({0, now, m_reg.user(), QStringLiteral("proposal"), p->id, QStringLiteral("reject"),
                 QJsonObject{{QStringLiteral("proposed_by"), p->proposedBy},
                             {QStringLiteral("reason"), reason}}});
    tx.commit();
    return Done{};
}

std::optional<Proposal> DecisionService::find(qint64 proposalId) const
{
    return ProposalStore(StoreAccess::of(m_reg)).find(proposalId);
}

QVector<Proposal> DecisionService::list(const ProposalQuery& query) const
{
    return ProposalStore(StoreAccess::of(m_reg)).list(query.pendingOnly, query.companyId);
}

int DecisionService::pendingCount() const
{
    return ProposalStore(StoreAccess::of(m_reg)).pendingCount();
}

} // namespace cinereg
