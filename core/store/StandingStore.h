#pragma once

#include "../StandingPeriods.h"
#include "Database.h"

#include <QHash>
#include <QVector>

namespace cinereg {

// The table of standing periods (StandingPeriods::of for every company holding a right), kept in
// step with the decisions by RightStore in the transaction that records them, and indexed by
// kind, status and dates: eligibility and tier lists are then one range query.
class StandingStore
{
public:
    explicit StandingStore(const Database& db) : m_db(db) {}

    void replace(qint64 companyId, const QVector<StandingPeriod>& periods) const;
    // The same for many companies at once (an import): a few statements of many rows each
    // instead of two or more per company.
    void replace(const QVector<qint64>& companyIds,
                 const QHash<qint64, QVector<StandingPeriod>>& periodsOf) const;
    QVector<StandingPeriod> ofCompany(qint64 companyId) const;
    // Companies whose standing in `kind` is `status` on every day of [from, to].
    QVector<qint64> companiesWith(RightKind kind, RightStatus status, QDate from, QDate to) const;
    // Companies whose standing in `kind` is `status` on `day`, as a SQL condition on `c.id` for
    // CompanyStore's list (with its parameters appended to `params`).
    static QString condition(RightKind kind, RightStatus status, QDate day, QVariantList& params);
    // The periods covering `day` of each of these companies (one per kind it holds).
    QHash<qint64, QVector<StandingPeriod>> covering(const QVector<qint64>& companyIds,
                                                    QDate day) const;
    // Companies with any standing in `kind` on some day of [from, to].
    QVector<qint64> companiesWithAny(RightKind kind, QDate from, QDate to) const;

    // Recomputes the whole table from the histories: after the migration that creates it, and
    // for `check`, which compares the two.
    void rebuildAll() const;
    bool needsRebuild() const; // rights exist but no period does (a file from before the table)
    // Companies whose stored periods differ from the ones computed from their histories.
    QVector<qint64> mismatches() const;

private:
    const Database& m_db;
};

} // namespace cinereg
