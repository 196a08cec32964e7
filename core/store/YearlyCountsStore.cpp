#include "YearlyCountsStore.h"

#include <algorithm>
#include <QSqlQuery>
#include <tuple>

namespace cinereg {

namespace {
YearlyCountsStore::Counts read(QSqlQuery& q)
{
    YearlyCountsStore::Counts counts;
    while (q.next())
        if (const qint64 n = q.value(2).toLongLong())
            counts.insert({q.value(0).toInt(), q.value(1).toString()}, n);
    return counts;
}

// The counts the triggers keep, computed from every row at once: the same days (YYYY-MM-DD
// only) and the same first authorization per company.
QString computedSql(const SqlDialect& sql)
{
    return QStringLiteral(
               "SELECT year, event, count(*) FROM ("
               "SELECT CAST(substr(effective_date, 1, 4) AS INTEGER) AS year, type AS event "
               "FROM decisions WHERE %1 "
               "UNION ALL SELECT CAST(substr(first, 1, 4) AS INTEGER), 'entrant' FROM "
               "(SELECT min(%4) AS first FROM rights WHERE kind = 'authorization' AND %2 "
               "GROUP BY company_id) AS firsts "
               "UNION ALL SELECT CAST(substr(shoot_from, 1, 4) AS INTEGER), "
               "kind || '-production' FROM productions WHERE %3"
               ") AS events GROUP BY year, event")
        .arg(sql.isoDay(QStringLiteral("effective_date")), sql.isoDay(QStringLiteral("valid_from")),
             sql.isoDay(QStringLiteral("shoot_from")), sql.binary(QStringLiteral("valid_from")));
}
} // namespace

YearlyCountsStore::Counts YearlyCountsStore::stored() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT year, event, tally FROM yearly_counts"));
    return read(q);
}

YearlyCountsStore::Counts YearlyCountsStore::computed() const
{
    QSqlQuery q = m_db.run(computedSql(m_db.dialect()));
    return read(q);
}

void YearlyCountsStore::rebuildAll() const
{
    m_db.run(QStringLiteral("DELETE FROM yearly_counts"));
    m_db.run(QStringLiteral("INSERT INTO yearly_counts (year, event, tally) ") +
             computedSql(m_db.dialect()));
}

QVector<YearlyCountsStore::Mismatch> YearlyCountsStore::mismatches() const
{
    const Counts have = stored();
    const Counts want = computed();
    QVector<Mismatch> out;
    for (auto it = want.cbegin(); it != want.cend(); ++it)
        if (have.value(it.key()) != it.value())
            out.append({it.key().first, it.key().second, have.value(it.key()), it.value()});
    for (auto it = have.cbegin(); it != have.cend(); ++it)
        if (!want.contains(it.key()))
            out.append({it.key().first, it.key().second, it.value(), 0});
    std::sort(out.begin(), out.end(), [](const Mismatch& a, const Mismatch& b) {
        return std::tie(a.year, a.event) < std::tie(b.year, b.event);
    });
    return out;
}

} // namespace cinereg
