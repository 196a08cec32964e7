#pragma once

#include "../GrantRules.h"
#include "../Right.h"
#include "Database.h"

#include <optional>
#include <QHash>
#include <QVector>

namespace cinereg {

class RightStore
{
public:
    explicit RightStore(const Database& db) : m_db(db) {}

    // Stores the right and its grant decision (right.history.front()); returns the right's id.
    qint64 insert(const Right& right);
    qint64 insertDecision(qint64 rightId, const Decision& decision);
    bool numberExists(const QString& number) const;

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
