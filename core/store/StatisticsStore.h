#pragma once

#include "../Right.h"
#include "Database.h"

#include <QHash>
#include <QPair>
#include <QVector>
#include <vector>

namespace cinereg {

// The yearly series on a day: per calendar year, what took effect by the day.
struct YearlySeries
{
    QHash<int, int> grants, suspensions, revocations; // decisions taking effect, by type
    QHash<int, int> newEntrants;       // companies whose first authorization ever starts that year
    QHash<int, int> national, foreign; // productions whose shooting starts that year
    // The first year with a decision (of any type) or a shooting by the day; 0 when none.
    int firstYear = 0;
    qsizetype rowsRead = 0; // counts and rows taken off the day's year (the benchmark's figure)
};

class StatisticsStore
{
public:
    explicit StatisticsStore(const Database& db) : m_db(db) {}

    // The yearly series from the yearly counts (YearlyCountsStore): the years before the day's
    // as counted, the day's year less what takes effect after the day (through the indexes on
    // the days), the years after it not at all.
    YearlySeries yearlySeries(QDate on) const;
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
