#pragma once

#include "../Company.h"
#include "../Refusal.h"
#include "CompanyService.h"

#include <memory>
#include <QDateTime>
#include <QVector>

namespace cinereg {

class AuditLog;
class Register;
class Transaction;
struct CompanyIdentifiers;

// Many registrations inside one open transaction: an import. Each record is normalized and
// checked by CompanyService's own steps (CompanyValidator, the ICE and RC uniqueness rules),
// exactly as addWithin checks a clerk's entry, but uniqueness is asked of the register's
// identifiers read once when the batch starts, which every company it adds then joins (so a
// duplicate between two rows of one file is refused like one already registered). The audit
// entries are chained through one AuditLog. On SQLite the records and their audit entries carry
// the instant the batch started (one time per import: ImportService pins the clock). On SQLite
// nothing is written before finish(): each company accepted gets the next id (reserved from the
// table's largest, under the write lock) and finish() writes them all, their memberships, search
// entries and audit entries in multi-row statements (CompanyStore::insertAll). On a server each
// company is written when accepted, its search entries by finish(). Either way finish() must be
// called before the transaction commits; without it nothing is written on SQLite, and on a server
// the transaction's rollback undoes the rows.
class CompanyBatch
{
public:
    CompanyBatch(const Register& reg, const Transaction& open);
    ~CompanyBatch();
    CompanyBatch(const CompanyBatch&) = delete;
    CompanyBatch& operator=(const CompanyBatch&) = delete;

    // As CompanyService::addWithin (refused: the first problem).
    Outcome<qint64> add(const Company& company);
    // As CompanyService::validate: every problem of the record, against what the batch knows.
    QVector<Refusal> validate(const Company& company) const;
    // The search entries of every company added.
    void finish();

private:
    const Register& m_reg;
    const CompanyService m_service;
    std::unique_ptr<CompanyIdentifiers> m_known;
    const bool m_bulk; // SQLite: everything written by finish()
    const QDateTime m_now;
    qint64 m_nextId = 0; // m_bulk: the id of the next company accepted
    std::unique_ptr<AuditLog> m_audit;
    QVector<Company> m_added; // not yet written (m_bulk) or not yet indexed
};

} // namespace cinereg
