#include "StatisticsStore.h"

#include <algorithm>
#include <QSqlQuery>

namespace cinereg {

namespace {
// The last day counted for a period ending with `toYear`: nothing after the figures' day.
QString lastDay(int toYear, QDate on)
{
    return std::min(QDate(toYear, 12, 31), on).toString(Qt::ISODate);
}

QString firstDay(int fromYear)
{
    return QDate(fromYear, 1, 1).toString(Qt::ISODate);
}
} // namespace

QVector<Right> StatisticsStore::rightsPossiblyInForce(QDate on) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT r.id, r.company_id, r.kind, r.valid_from, d.id, d.type, d.effective_date, "
            "d.valid_until FROM rights r JOIN decisions d ON d.right_id = r.id "
            "WHERE r.valid_from <= ? "
            "AND NOT EXISTS (SELECT 1 FROM decisions x WHERE x.right_id = r.id "
            "AND x.type = 'revoke' AND x.effective_date <= ?) "
            "AND EXISTS (SELECT 1 FROM decisions x WHERE x.right_id = r.id "
            "AND x.type IN ('grant', 'renew') AND (x.valid_until IS NULL OR x.valid_until >= ?)) "
            "ORDER BY r.company_id, r.id, d.id"),
        {sqlDate(on), sqlDate(on), sqlDate(on)});
    QVector<Right> rights;
    QHash<QString, RightKind> kinds;
    QHash<QString, DecisionType> types;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rights.isEmpty() || rights.back().id != id) {
            Right r;
            r.id = id;
            r.companyId = q.value(1).toLongLong();
            const QString kind = q.value(2).toString();
            if (!kinds.contains(kind))
                kinds.insert(kind, Names::rightKind(kind).value_or(RightKind::Authorization));
            r.kind = kinds.value(kind);
            r.validFrom = dateFromSql(q.value(3));
            rights.append(r);
        }
        Decision d;
        d.id = q.value(4).toLongLong();
        const QString type = q.value(5).toString();
        if (!types.contains(type))
            types.insert(type, Names::decisionType(type).value_or(DecisionType::Grant));
        d.type = types.value(type);
        d.effective = dateFromSql(q.value(6));
        d.validUntil = dateFromSql(q.value(7));
        rights.back().history.append(d);
    }
    return rights;
}

QHash<qint64, QString> StatisticsStore::citiesOf(const QVector<qint64>& companyIds) const
{
    QHash<qint64, QString> cities;
    if (companyIds.isEmpty())
        return cities;
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, city FROM companies WHERE id IN "
                                          "(SELECT value FROM json_each(?))"),
                           {idArray(companyIds)});
    while (q.next())
        cities.insert(q.value(0).toLongLong(), q.value(1).toString());
    return cities;
}

QHash<QString, QHash<int, int>> StatisticsStore::perYear(const QString& sql, int fromYear,
                                                         int toYear, QDate on) const
{
    QHash<QString, QHash<int, int>> counts;
    if (QDate(fromYear, 1, 1) > on)
        return counts;
    QSqlQuery q = m_db.run(sql, {firstDay(fromYear), lastDay(toYear, on)});
    while (q.next())
        counts[q.value(0).toString()][q.value(1).toInt()] = q.value(2).toInt();
    return counts;
}

QMap<DecisionType, QHash<int, int>> StatisticsStore::decisionsPerYear(int fromYear, int toYear,
                                                                      QDate on) const
{
    // One pass over the decisions for every type.
    const auto counts = perYear(
        QStringLiteral("SELECT type, CAST(substr(effective_date, 1, 4) AS INTEGER), count(*) "
                       "FROM decisions WHERE effective_date BETWEEN ? AND ? GROUP BY 1, 2"),
        fromYear, toYear, on);
    QMap<DecisionType, QHash<int, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (const auto type = Names::decisionType(it.key()))
            out.insert(*type, it.value());
    return out;
}

QHash<int, int> StatisticsStore::newEntrantsPerYear(int fromYear, int toYear, QDate on) const
{
    return perYear(QStringLiteral("SELECT '', CAST(substr(first, 1, 4) AS INTEGER), count(*) FROM "
                                  "(SELECT min(valid_from) AS first FROM rights WHERE kind = "
                                  "'authorization' GROUP BY company_id) WHERE first BETWEEN ? "
                                  "AND ? GROUP BY 2"),
                   fromYear, toYear, on)
        .value(QString());
}

QMap<ProductionKind, QHash<int, int>> StatisticsStore::productionsPerYear(int fromYear, int toYear,
                                                                          QDate on) const
{
    const auto counts = perYear(
        QStringLiteral("SELECT kind, CAST(substr(shoot_from, 1, 4) AS INTEGER), count(*) FROM "
                       "productions WHERE shoot_from BETWEEN ? AND ? GROUP BY 1, 2"),
        fromYear, toYear, on);
    QMap<ProductionKind, QHash<int, int>> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (const auto kind = Names::productionKind(it.key()))
            out.insert(*kind, it.value());
    return out;
}

QVector<QPair<QString, int>> StatisticsStore::membersPerBody(QDate on) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT body, count(*) FROM memberships WHERE since IS "
                                          "NULL OR since <= ? GROUP BY body ORDER BY body"),
                           {sqlDate(on)});
    QVector<QPair<QString, int>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt()});
    return out;
}

int StatisticsStore::firstYear(QDate on) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT min(first) FROM (SELECT min(effective_date) AS first FROM "
                       "decisions WHERE effective_date <= ? UNION ALL SELECT min(shoot_from) "
                       "FROM productions WHERE shoot_from <= ?)"),
        {sqlDate(on), sqlDate(on)});
    if (!q.next() || q.value(0).isNull())
        return 0;
    return dateFromSql(q.value(0)).year();
}

} // namespace cinereg
