#pragma once

#include "../Right.h"
#include "Database.h"

#include <QHash>
#include <QPair>
#include <QVector>
#include <vector>

namespace cinereg {

// What the register's figures are made of, read in a few sequential passes (RowScan) rather than
// one query per figure. Which rights are in force is not read here: the standing periods
// (StandingStore) answer it with one indexed range query per kind of right.
struct RightsScan
{
    // Per year, the decisions taking effect by the day, by type,
    QHash<int, int> grants, suspensions, revocations;
    // and the companies whose first authorization ever starts that year (by the day).
    QHash<int, int> newEntrants;
    QDate firstDecision; // the first decision taking effect by the day; null when none
    qsizetype decisionsRead = 0;
};

struct ProductionsScan
{
    QHash<int, int> national, foreign; // per year the shooting starts, by the day
    QDate firstShooting;               // null when none
};

class StatisticsStore
{
public:
    explicit StatisticsStore(const Database& db) : m_db(db) {}

    // The yearly series: one pass over the decisions' types and days, one over the
    // authorizations' first days.
    RightsScan scanRights(QDate on) const;
    ProductionsScan scanProductions(QDate on) const;
    // The companies whose standing in `kind` is active on the day (StandingStore's periods),
    // in company order: the authorization, or a tier's effective accreditation.
    QVector<qint64> activeOn(RightKind kind, QDate on) const;
    // Every company's city as written: `names`, and for each company id its position in them
    // (-1 for an id that names no company).
    struct Cities
    {
        QStringList names;
        std::vector<int> ofCompany;
        QString of(qint64 companyId) const
        {
            return companyId >= 0 && companyId < qint64(ofCompany.size()) &&
                           ofCompany[size_t(companyId)] >= 0
                       ? names[ofCompany[size_t(companyId)]]
                       : QString();
        }
    };
    Cities cities() const;
    // Memberships per body recorded as beginning on or before `on` (or with no date).
    QVector<QPair<QString, int>> membersPerBody(QDate on) const;

private:
    const Database& m_db;
};

} // namespace cinereg
