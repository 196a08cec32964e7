#pragma once

#include "../Right.h"
#include "Database.h"

#include <QHash>
#include <QMap>
#include <QPair>
#include <QVector>

namespace cinereg {

// The queries behind the register's figures (StatisticsService). Counts are made by SQLite;
// whether a right is in force is left to the core's rules (RightTimeline, Effectiveness), so
// this store only narrows down the rights worth asking about.
class StatisticsStore
{
public:
    explicit StatisticsStore(const Database& db) : m_db(db) {}

    // Every right that may be in force on `on`, with its decisions (id, type, effective day and
    // end of validity only), grouped by company: started by then, not revoked by then, and with
    // a grant or renewal valid on or after that day. A superset: the rules decide.
    QVector<Right> rightsPossiblyInForce(QDate on) const;
    QHash<qint64, QString> citiesOf(const QVector<qint64>& companyIds) const;

    // Counts per year of the events in [1 January of fromYear, min(31 December of toYear, on)]:
    // decisions by type and the year they take effect,
    QMap<DecisionType, QHash<int, int>> decisionsPerYear(int fromYear, int toYear, QDate on) const;
    // companies by the year their first authorization starts,
    QHash<int, int> newEntrantsPerYear(int fromYear, int toYear, QDate on) const;
    // productions by kind and the year their shooting starts.
    QMap<ProductionKind, QHash<int, int>> productionsPerYear(int fromYear, int toYear,
                                                             QDate on) const;
    // Memberships per body recorded as beginning on or before `on` (or with no date).
    QVector<QPair<QString, int>> membersPerBody(QDate on) const;
    // The first year with a decision or a shooting on or before `on`; 0 when there is none.
    int firstYear(QDate on) const;

private:
    // Runs a query of (group, year, count) rows over the period.
    QHash<QString, QHash<int, int>> perYear(const QString& sql, int fromYear, int toYear,
                                            QDate on) const;

    const Database& m_db;
};

} // namespace cinereg
