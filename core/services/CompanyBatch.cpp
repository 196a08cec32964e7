#include "CompanyBatch.h"

#include "../CompanyValidator.h"
#include "../store/AuditLog.h"
#include "../store/BulkInsert.h"
#include "../store/CompanyStore.h"
#include "../store/StoreAccess.h"
#include "Register.h"

namespace cinereg {

CompanyBatch::CompanyBatch(const Register& reg, const Transaction&)
    : m_reg(reg), m_service(reg), m_known(std::make_unique<CompanyIdentifiers>(
                                      CompanyStore(StoreAccess::of(reg)).identifiers())),
      m_bulk(!StoreAccess::of(reg).dialect().isServer()), m_now(reg.clock().now()),
      m_audit(std::make_unique<AuditLog>(StoreAccess::of(reg), m_bulk
                                                                   ? AuditLog::Writing::Together
                                                                   : AuditLog::Writing::EachEntry))
{
    if (m_bulk)
        m_nextId = BulkInsert::nextId(StoreAccess::of(reg), QStringLiteral("companies"));
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
    c.id =
        m_bulk ? m_nextId++ : m_service.insert(c, *m_audit, CompanyService::SearchIndex::Deferred);
    m_known->add(c.id, c);
    m_added.append(c);
    return c.id;
}

void CompanyBatch::finish()
{
    CompanyStore store(StoreAccess::of(m_reg));
    if (m_bulk) {
        store.insertAll(m_added, m_reg.user(), m_now);
        for (const Company& c : std::as_const(m_added))
            m_service.auditRegistered(*m_audit, c, m_now);
        m_audit->flush();
    } else {
        store.index(m_added);
    }
    m_added.clear();
}

} // namespace cinereg
