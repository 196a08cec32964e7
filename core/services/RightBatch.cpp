#include "RightBatch.h"

#include "../StandingPeriods.h"
#include "../store/AuditLog.h"
#include "../store/BulkInsert.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/Savepoint.h"
#include "../store/StandingStore.h"
#include "../store/StoreAccess.h"
#include "Register.h"

#include <algorithm>

namespace cinereg {

RightBatch::RightBatch(const Register& reg, const Transaction& open,
                       const QVector<qint64>& companyIds)
    : m_reg(reg), m_tx(open), m_service(reg), m_bulk(!StoreAccess::of(reg).dialect().isServer()),
      m_audit(std::make_unique<AuditLog>(StoreAccess::of(reg), m_bulk
                                                                   ? AuditLog::Writing::Together
                                                                   : AuditLog::Writing::EachEntry))
{
    const Database& db = StoreAccess::of(m_reg);
    if (m_bulk) {
        m_nextRightId = BulkInsert::nextId(db, QStringLiteral("rights"));
        m_nextDecisionId = BulkInsert::nextId(db, QStringLiteral("decisions"));
    }
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
    // In bulk (SQLite) the rows are written by finish(), with the ids given here: only a number
    // allocated from the register's counters has something to undo.
    std::optional<Savepoint> undo;
    if (then && (!m_bulk || chosen.isEmpty()))
        undo.emplace(db);
    Right right = m_service.newRight(m_tx, companyId, request, chosen);
    if (m_bulk) {
        right.id = m_nextRightId;
        right.history.front().id = m_nextDecisionId;
    } else {
        right.id = store.insert(right, RightStore::StandingUpdate::Deferred);
    }
    std::optional<Decision> decision;
    if (then) {
        const GrantRules::DecisionRequest asked = m_service.withDefaults(*then);
        CompanyRights after = h.rights;
        place(after, right);
        const Check decided = m_service.decisionProblem(right, right.id, after, asked);
        if (!decided)
            return decided.refusal(); // `undo` rolls the right back
        decision = m_service.newDecision(asked);
        decision->id = m_bulk ? m_nextDecisionId + 1
                              : store.insertDecision(right.id, *decision,
                                                     RightStore::StandingUpdate::Deferred);
        if (undo)
            undo->release();
    }
    if (m_bulk) {
        ++m_nextRightId;
        m_nextDecisionId += decision ? 2 : 1;
    }
    m_service.auditGrant(*m_audit, right);
    if (decision) {
        m_service.auditDecision(*m_audit, right, *decision);
        right.history.append(*decision);
    }
    place(h.rights, right);
    if (m_bulk)
        m_written.append(right);
    m_numbers.insert(right.number);
    if (!m_changedSet.contains(companyId)) {
        m_changedSet.insert(companyId);
        m_changed.append(companyId);
    }
    return Granted{right.id, right.number};
}

void RightBatch::finish()
{
    const Database& db = StoreAccess::of(m_reg);
    if (m_bulk) {
        RightStore(db).insertAll(m_written);
        // The standing periods from the histories the batch holds: each company's rights as
        // RightStore would read them back (every one of them, in its order, with its decisions).
        QHash<qint64, QVector<StandingPeriod>> periods;
        periods.reserve(m_changed.size());
        for (const qint64 companyId : std::as_const(m_changed))
            periods.insert(companyId, StandingPeriods::of(m_held.value(companyId).rights));
        StandingStore(db).replace(m_changed, periods);
        m_audit->flush();
        m_written.clear();
    } else {
        RightStore(db).refreshStanding(m_changed);
    }
    m_changed.clear();
    m_changedSet.clear();
}

} // namespace cinereg
