#pragma once

#include "../Company.h"
#include "../GrantRules.h"
#include "../Refusal.h"
#include "../Right.h"
#include "RightService.h"

#include <memory>
#include <optional>
#include <QHash>
#include <QSet>
#include <QVector>

namespace cinereg {

class AuditLog;
class Register;
class Transaction;

// Many grants (and decisions on the rights they create) inside one open transaction: an import.
// Each one is checked by RightService's own steps and GrantRules, exactly as grantWithin and
// decideWithin check a clerk's entry, but against what the batch holds in memory: the companies
// concerned and their rights are read once when it starts, the numbers in use once, and every
// right written since joins them. The standing periods of the companies it changes are rebuilt
// once each by finish(), which must be called before the transaction commits.
// On SQLite the rights, their decisions and audit entries are written by finish() too, all at
// once in multi-row statements (RightStore::insertAll), with the ids the batch gave them as it
// accepted them (reserved above the tables' largest, under the write lock), and the standing
// periods come from the histories it holds; without finish() nothing is written. On a server
// each right is written when accepted.
class RightBatch
{
public:
    // `companyIds`: the companies whose rights the batch may grant (read at once).
    RightBatch(const Register& reg, const Transaction& open, const QVector<qint64>& companyIds);
    ~RightBatch();
    RightBatch(const RightBatch&) = delete;
    RightBatch& operator=(const RightBatch&) = delete;

    // As RightService::grantWithin; with `then`, the decision taken on the new right at once
    // (a right suspended or revoked when imported): refused, neither is written.
    Outcome<Granted> grant(qint64 companyId, GrantRules::GrantRequest request,
                           const QString& number,
                           const std::optional<GrantRules::DecisionRequest>& then = {});

    // Rewrites the standing periods of every company the batch changed.
    void finish();

private:
    struct Held
    {
        std::optional<Company> company;
        CompanyRights rights;
    };
    Held& held(qint64 companyId);
    // Places the right among its company's rights as RightStore lists them (by first day, id).
    static void place(CompanyRights& rights, const Right& right);

    const Register& m_reg;
    const Transaction& m_tx;
    const RightService m_service;
    QHash<qint64, Held> m_held;
    QSet<QString> m_numbers;
    QVector<qint64> m_changed; // companies whose standing periods finish() rewrites
    QSet<qint64> m_changedSet;
    const bool m_bulk;        // SQLite: everything written by finish()
    qint64 m_nextRightId = 0; // m_bulk: the ids of the next right and decision accepted
    qint64 m_nextDecisionId = 0;
    QVector<Right> m_written; // m_bulk: accepted, written by finish()
    std::unique_ptr<AuditLog> m_audit;
};

} // namespace cinereg
