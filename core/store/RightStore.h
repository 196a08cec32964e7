#pragma once

#include "../GrantRules.h"
#include "../Right.h"
#include "Database.h"

#include <optional>
#include <QHash>
#include <QSet>
#include <QVector>

namespace cinereg {

class RightStore
{
public:
    explicit RightStore(const Database& db) : m_db(db) {}

    // Whether a decision's write rewrites its company's standing periods at once (Now), or
    // leaves that to the caller, which calls refreshStanding for the company before committing
    // (Deferred: a bulk import, once per company instead of once per decision).
    enum class StandingUpdate { Now, Deferred };

    // Stores the right and its grant decision (right.history.front()); returns the right's id.
    qint64 insert(const Right& right, StandingUpdate standing = StandingUpdate::Now);
    // Rights with their whole histories, every id set by the caller (BulkInsert::nextId: all
    // above the tables' largest, reserved under the write lock), in multi-row statements; the
    // seal records them by reading them back (SealPause). The standing periods are the caller's
    // (StandingStore::replace). SQLite: the write of a bulk import.
    void insertAll(const QVector<Right>& rights);
    qint64 insertDecision(qint64 rightId, const Decision& decision,
                          StandingUpdate standing = StandingUpdate::Now);
    // Rewrites these companies' standing periods from their histories (one read for all).
    void refreshStanding(const QVector<qint64>& companyIds);
    bool numberExists(const QString& number) const;
    // Every right's number, read in one pass (an import checks its rows against them).
    QSet<QString> numbers() const;

    std::optional<Right> find(qint64 id) const;
    CompanyRights ofCompany(qint64 companyId) const;
    QHash<qint64, CompanyRights> ofCompanies(const QVector<qint64>& companyIds) const;
    // Companies holding a right of this kind that starts on or before `until` (null: any).
    QVector<qint64> companiesHolding(RightKind kind, QDate startsBy = {}) const;
    QVector<qint64> allCompanyIdsWithRights() const;
    // Companies with an authorization started by `on` whose last production ended before
    // `threshold`, or that never had one and were first authorized before it: the candidates
    // for the inactivity review, whose authorization status the caller still checks.
    QVector<qint64> inactivityCandidates(QDate on, QDate threshold) const;
    // Rights with a grant or renewal whose end of validity falls in [from, to].
    QVector<Right> endingBetween(QDate from, QDate to) const;
    // Rights that have ever had a decision of this type.
    QVector<Right> withDecision(DecisionType type) const;

private:
    QVector<Right> load(const QString& where, const QVariantList& params) const;

    const Database& m_db;
};

} // namespace cinereg
