#include "RightBatch.h"

#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/Savepoint.h"
#include "../store/StoreAccess.h"
#include "Register.h"

#include <algorithm>

namespace cinereg {

RightBatch::RightBatch(const Register& reg, const Transaction& open,
                       const QVector<qint64>& companyIds)
    : m_reg(reg), m_tx(open), m_service(reg),
      m_audit(std::make_unique<AuditLog>(StoreAccess::of(reg)))
{
    const Database& db = StoreAccess::of(m_reg);
    const QHash<qint64, Company> companies = CompanyStore(db).records(companyIds);
    const QHash<qint64, CompanyRights> rights = RightStore(db).ofCompanies(companyIds);
    m_held.reserve(companies.size());
    for (auto it = companies.cbegin(); it != companies.cend(); ++it)
        m_held.insert(it.key(), Held{it.value(), rights.value(it.key())});
    m_numbers = RightStore(db).numbers();
}

RightBatch::~RightBatch() = default;

RightBatch::Held& RightBatch::held(qint64 companyId)
{
    auto it = m_held.find(companyId);
    if (it == m_held.end()) {
        // A company the batch was not told of: read as grantWithin reads it.
        const Database& db = StoreAccess::of(m_reg);
        Held h{CompanyStore(db).find(companyId), {}};
        if (h.company)
            h.rights = RightStore(db).ofCompany(companyId);
        it = m_held.insert(companyId, h);
    }
    return *it;
}

void RightBatch::place(CompanyRights& rights, const Right& right)
{
    QVector<Right>& list = right.isAccreditation() ? rights.accreditations : rights.authorizations;
    const auto before = [](const Right& a, const Right& b) {
        return a.validFrom != b.validFrom ? a.validFrom < b.validFrom : a.id < b.id;
    };
    list.insert(std::upper_bound(list.begin(), list.end(), right, before), right);
}

Outcome<Granted> RightBatch::grant(qint64 companyId, GrantRules::GrantRequest request,
                                   const QString& number,
                                   const std::optional<GrantRules::DecisionRequest>& then)
{
    request = m_service.withDefaults(request);
    Held& h = held(companyId);
    const Check allowed = m_service.grantProblem(h.company, companyId, h.rights, request);
    if (!allowed)
        return allowed.refusal();
    const QString chosen = number.trimmed();
    const Check numbered = m_service.numberProblem(chosen, m_numbers.contains(chosen));
    if (!numbered)
        return numbered.refusal();

    const Database& db = StoreAccess::of(m_reg);
    RightStore store(db);
    // A decision is checked on the right as written (with its id and number); refused, the
    // right and its allocated number are undone. Nothing is audited before both are accepted.
    std::optional<Savepoint> undo;
    if (then)
        undo.emplace(db);
    Right right = m_service.newRight(m_tx, companyId, request, chosen);
    right.id = store.insert(right, RightStore::StandingUpdate::Deferred);
    std::optional<Decision> decision;
    if (then) {
        const GrantRules::DecisionRequest asked = m_service.withDefaults(*then);
        CompanyRights after = h.rights;
        place(after, right);
        const Check decided = m_service.decisionProblem(right, right.id, after, asked);
        if (!decided)
            return decided.refusal(); // `undo` rolls the right back
        decision = m_service.newDecision(asked);
        decision->id =
            store.insertDecision(right.id, *decision, RightStore::StandingUpdate::Deferred);
        undo->release();
    }
    m_service.auditGrant(*m_audit, right);
    if (decision) {
        m_service.auditDecision(*m_audit, right, *decision);
        right.history.append(*decision);
    }
    place(h.rights, right);
    m_numbers.insert(right.number);
    if (!m_changedSet.contains(companyId)) {
        m_changedSet.insert(companyId);
        m_changed.append(companyId);
    }
    return Granted{right.id, right.number};
}

void RightBatch::finish()
{
    RightStore(StoreAccess::of(m_reg)).refreshStanding(m_changed);
    m_changed.clear();
    m_changedSet.clear();
}

} // namespace cinereg
