#include "CompanyBatch.h"

#include "../CompanyValidator.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/StoreAccess.h"
#include "Register.h"

namespace cinereg {

CompanyBatch::CompanyBatch(const Register& reg, const Transaction&)
    : m_reg(reg), m_service(reg), m_known(std::make_unique<CompanyIdentifiers>(
                                      CompanyStore(StoreAccess::of(reg)).identifiers())),
      m_audit(std::make_unique<AuditLog>(StoreAccess::of(reg)))
{
}

CompanyBatch::~CompanyBatch() = default;

QVector<Refusal> CompanyBatch::validate(const Company& raw) const
{
    return m_service.problemsOf(CompanyValidator::normalized(raw), *m_known);
}

Outcome<qint64> CompanyBatch::add(const Company& raw)
{
    Company c = CompanyValidator::normalized(raw);
    c.id = 0;
    const QVector<Refusal> problems = m_service.problemsOf(c, *m_known);
    if (!problems.isEmpty())
        return problems.front();
    c.id = m_service.insert(c, *m_audit, CompanyService::SearchIndex::Deferred);
    m_known->add(c.id, c);
    m_unindexed.append(c);
    return c.id;
}

void CompanyBatch::finish()
{
    CompanyStore(StoreAccess::of(m_reg)).index(m_unindexed);
    m_unindexed.clear();
}

} // namespace cinereg
