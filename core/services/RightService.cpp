#include "RightService.h"

#include "../accounts/DecisionService.h"
#include "../accounts/Proposal.h"
#include "../JsonExport.h"
#include "../NumberFormat.h"
#include "../Standing.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/Numbering.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"
#include "../TextRules.h"
#include "Names.h"
#include "Register.h"

namespace cinereg {

namespace {
QString entityOf(RightKind kind)
{
    return kind == RightKind::Authorization ? QStringLiteral("authorization")
                                            : QStringLiteral("accreditation");
}

std::optional<Refusal> textProblem(const QString& reference, const QString& reason)
{
    if (auto refusal =
            TextRules::check(reference, QStringLiteral("decision"),
                             RightService::tr("The decision reference"), TextRules::ReferenceMax))
        return refusal;
    return TextRules::check(reason, QStringLiteral("reason"), RightService::tr("The reason"),
                            TextRules::ReasonMax, TextRules::Content::Paragraph);
}
} // namespace

GrantRules::GrantRequest RightService::withDefaults(GrantRules::GrantRequest r) const
{
    r.reference = r.reference.trimmed();
    if (!r.decisionDate.isValid())
        r.decisionDate = m_reg.today();
    return r;
}

GrantRules::DecisionRequest RightService::withDefaults(GrantRules::DecisionRequest r) const
{
    r.reference = r.reference.trimmed();
    r.reason = r.reason.trimmed();
    if (!r.effective.isValid())
        r.effective = m_reg.today();
    return r;
}

QDate RightService::defaultLastDay(QDate from) const
{
    return ValidityEnd::defaultLastDay(from, m_reg.settings().defaultTermMonths);
}

Check RightService::grantProblem(const std::optional<Company>& company, qint64 companyId,
                                 const CompanyRights& held,
                                 const GrantRules::GrantRequest& request) const
{
    if (auto refusal = textProblem(request.reference, QString()))
        return *refusal;
    if (!company)
        return Refusal{Rule::NotFound, QStringLiteral("company"),
                       tr("No company #%1.").arg(companyId)};
    return GrantRules::checkGrant(*company, held, m_reg.settings(), request);
}

Check RightService::wouldGrant(qint64 companyId, GrantRules::GrantRequest request) const
{
    request = withDefaults(request);
    const std::optional<Company> company = CompanyStore(StoreAccess::of(m_reg)).find(companyId);
    return grantProblem(company, companyId,
                        company ? RightStore(StoreAccess::of(m_reg)).ofCompany(companyId)
                                : CompanyRights{},
                        request);
}

Check RightService::numberProblem(const QString& chosen, bool taken) const
{
    if (!chosen.isEmpty() && taken)
        return Refusal{Rule::Duplicate, QStringLiteral("number"),
                       tr("Number %1 is already used by another right.").arg(chosen)};
    return Done{};
}

QString RightService::allocateNumber(const Transaction& tx, RightKind kind,
                                     QDate decisionDate) const
{
    return Numbering(tx)
        .next(NumberSeries::rights(kind, decisionDate.year(), m_reg.settings().numberFormat(kind)))
        .text;
}

Right RightService::newRight(const Transaction& tx, qint64 companyId,
                             const GrantRules::GrantRequest& request, const QString& chosen) const
{
    Right right;
    right.companyId = companyId;
    right.kind = request.kind;
    right.validFrom = request.validFrom;
    right.number =
        chosen.isEmpty() ? allocateNumber(tx, request.kind, request.decisionDate) : chosen;
    Decision grant;
    grant.type = DecisionType::Grant;
    grant.effective = request.validFrom;
    grant.reference = request.reference;
    grant.decisionDate = request.decisionDate;
    grant.validUntil = request.end.resolve(request.validFrom, m_reg.settings().defaultTermMonths);
    enter(grant);
    right.history.append(grant);
    return right;
}

void RightService::auditGrant(AuditLog& audit, const Right& right) const
{
    const Decision& grant = right.history.front();
    QJsonObject details = JsonExport::decision(grant);
    details.insert(QStringLiteral("number"), right.number);
    details.insert(QStringLiteral("kind"), Names::code(right.kind));
    details.insert(QStringLiteral("company_id"), right.companyId);
    audit.append({0, grant.enteredAt, m_reg.user(), entityOf(right.kind), right.id,
                  QStringLiteral("grant"), details});
}

Outcome<Granted> RightService::grant(qint64 companyId, GrantRules::GrantRequest request,
                                     const QString& number) const
{
    Transaction tx(StoreAccess::of(m_reg));
    Outcome<Granted> granted = grantWithin(tx, companyId, std::move(request), number);
    if (granted)
        tx.commit();
    return granted;
}

Outcome<Granted> RightService::grantWithin(const Transaction& tx, qint64 companyId,
                                           GrantRules::GrantRequest request,
                                           const QString& number) const
{
    if (auto refusal = DecisionService::directDecisionProblem(m_reg))
        return *refusal;
    request = withDefaults(request);
    const Check allowed = wouldGrant(companyId, request);
    if (!allowed)
        return allowed.refusal();
    RightStore store(StoreAccess::of(m_reg));
    const QString chosen = number.trimmed();
    const Check numbered = numberProblem(chosen, !chosen.isEmpty() && store.numberExists(chosen));
    if (!numbered)
        return numbered.refusal();
    Right right = newRight(tx, companyId, request, chosen);
    right.id = store.insert(right);
    AuditLog audit(StoreAccess::of(m_reg));
    auditGrant(audit, right);
    return Granted{right.id, right.number};
}

Check RightService::decisionProblem(const std::optional<Right>& right, qint64 rightId,
                                    const CompanyRights& held,
                                    const GrantRules::DecisionRequest& request) const
{
    if (auto refusal = textProblem(request.reference, request.reason))
        return *refusal;
    if (!right)
        return Refusal{Rule::NotFound, QStringLiteral("id"), tr("No right #%1.").arg(rightId)};
    return GrantRules::checkDecision(*right, held, request);
}

Check RightService::wouldDecide(qint64 rightId, const GrantRules::DecisionRequest& request) const
{
    if (auto refusal = textProblem(request.reference.trimmed(), request.reason.trimmed()))
        return *refusal;
    RightStore store(StoreAccess::of(m_reg));
    const std::optional<Right> right = store.find(rightId);
    if (!right)
        return Refusal{Rule::NotFound, QStringLiteral("id"), tr("No right #%1.").arg(rightId)};
    return GrantRules::checkDecision(*right, store.ofCompany(right->companyId), request);
}

Outcome<qint64> RightService::decide(qint64 rightId, const GrantRules::DecisionRequest& raw) const
{
    Transaction tx(StoreAccess::of(m_reg));
    Outcome<qint64> decided = decideWithin(tx, rightId, raw);
    if (decided)
        tx.commit();
    return decided;
}

void RightService::enter(Decision& d) const
{
    d.enteredBy = m_reg.user();
    d.enteredAt = m_reg.clock().now();
    if (const Proposal* approving = m_reg.approving()) {
        d.proposalId = approving->id;
        d.proposedBy = approving->proposedBy;
        d.approvedBy = m_reg.user();
    }
}

Decision RightService::newDecision(const GrantRules::DecisionRequest& request) const
{
    Decision d;
    d.type = request.type;
    d.effective = request.effective;
    d.reference = request.reference;
    d.decisionDate = request.decisionDate.isValid() ? request.decisionDate : m_reg.today();
    d.reason = request.reason;
    d.validUntil = request.validUntil;
    enter(d);
    return d;
}

void RightService::auditDecision(AuditLog& audit, const Right& right, const Decision& d) const
{
    QJsonObject details = JsonExport::decision(d);
    details.insert(QStringLiteral("number"), right.number);
    audit.append({0, d.enteredAt, m_reg.user(), entityOf(right.kind), right.id, Names::code(d.type),
                  details});
}

Outcome<qint64> RightService::decideWithin(const Transaction&, qint64 rightId,
                                           const GrantRules::DecisionRequest& raw) const
{
    if (auto refusal = DecisionService::directDecisionProblem(m_reg))
        return *refusal;
    const GrantRules::DecisionRequest request = withDefaults(raw);
    const Check allowed = wouldDecide(rightId, request);
    if (!allowed)
        return allowed.refusal();
    const Right right = *RightStore(StoreAccess::of(m_reg)).find(rightId);
    Decision d = newDecision(request);
    d.id = RightStore(StoreAccess::of(m_reg)).insertDecision(rightId, d);
    AuditLog audit(StoreAccess::of(m_reg));
    auditDecision(audit, right, d);
    return d.id;
}

QVector<Right> RightService::wouldStop(qint64 rightId,
                                       const GrantRules::DecisionRequest& request) const
{
    const RightStore store(StoreAccess::of(m_reg));
    const std::optional<Right> right = store.find(rightId);
    if (!right || right->isAccreditation())
        return {};
    Decision d;
    d.type = request.type;
    d.effective = request.effective.isValid() ? request.effective : m_reg.today();
    d.reason = request.reason;
    d.validUntil = request.validUntil;
    d.enteredAt = m_reg.clock().now();
    const CompanyRights held = store.ofCompany(right->companyId);
    return StandingRules::stoppedBy(*right, d, held.authorizations, held.accreditations);
}

std::optional<Right> RightService::find(qint64 id) const
{
    return RightStore(StoreAccess::of(m_reg)).find(id);
}

CompanyRights RightService::ofCompany(qint64 companyId) const
{
    return RightStore(StoreAccess::of(m_reg)).ofCompany(companyId);
}

} // namespace cinereg
