#include "StatisticsStore.h"

#include "../Names.h"
#include "RowScan.h"

#include <algorithm>
#include <QMap>
#include <QSqlQuery>
#include <vector>

namespace cinereg {

namespace {
// The series an event of yearly_counts feeds (none for renewals and reinstatements, which only
// count towards the first year).
QHash<int, int>* seriesOf(YearlySeries& s, const QString& event)
{
    if (event == QLatin1String("grant"))
        return &s.grants;
    if (event == QLatin1String("suspend"))
        return &s.suspensions;
    if (event == QLatin1String("revoke"))
        return &s.revocations;
    if (event == QLatin1String("entrant"))
        return &s.newEntrants;
    if (event == QLatin1String("national-production"))
        return &s.national;
    if (event == QLatin1String("foreign-production"))
        return &s.foreign;
    return nullptr;
}
} // namespace

YearlySeries StatisticsStore::yearlySeries(QDate on) const
{
    YearlySeries series;
    const SqlDialect& sql = m_db.dialect();
    const int year = on.year();
    QMap<int, qint64> activity; // decisions of any type and shootings, per year
    const auto add = [&](int y, const QString& event, qint64 n) {
        ++series.rowsRead;
        if (event != QLatin1String("entrant"))
            activity[y] += n;
        if (QHash<int, int>* counts = seriesOf(series, event))
            (*counts)[y] += int(n);
    };
    // The day's year is counted in part: from the rows of its first days when the day is in the
    // first half of the year, else as the whole year's count less the rows after the day; either
    // way at most half a year of rows, through the indexes on the days.
    const bool fromStart = on.dayOfYear() <= on.daysInYear() / 2;
    {
        QSqlQuery counts =
            m_db.run(QStringLiteral("SELECT year, event, tally FROM yearly_counts WHERE year %1 ?")
                         .arg(fromStart ? QStringLiteral("<") : QStringLiteral("<=")),
                     {year});
        while (counts.next())
            add(counts.value(0).toInt(), counts.value(1).toString(), counts.value(2).toLongLong());
    }
    const QVariant after = sqlDate(fromStart ? QDate(year - 1, 12, 31) : on);
    const QVariant until = sqlDate(fromStart ? on : QDate(year, 12, 31));
    const int sign = fromStart ? 1 : -1;
    // What takes effect in (after, until]; a company is an entrant there when its first
    // authorization starts there (the lookup of its earlier ones through its own index).
    QSqlQuery part =
        m_db.run(QStringLiteral(
                     "SELECT type, count(*) FROM decisions WHERE effective_date > ? AND "
                     "effective_date <= ? AND %1 GROUP BY type "
                     "UNION ALL SELECT kind || '-production', count(*) FROM productions WHERE "
                     "shoot_from > ? AND shoot_from <= ? AND %2 GROUP BY kind "
                     "UNION ALL SELECT 'entrant', count(DISTINCT company_id) FROM rights r WHERE "
                     "kind = 'authorization' AND valid_from > ? AND valid_from <= ? AND %3 AND NOT "
                     "EXISTS (SELECT 1 FROM rights o%5 WHERE o.company_id = r.company_id AND "
                     "o.kind = 'authorization' AND o.valid_from < r.valid_from AND %4)")
                     .arg(sql.isoDay(QStringLiteral("effective_date")),
                          sql.isoDay(QStringLiteral("shoot_from")),
                          sql.isoDay(QStringLiteral("r.valid_from")),
                          sql.isoDay(QStringLiteral("o.valid_from")),
                          sql.indexedBy(QStringLiteral("rights_by_company"))),
                 {after, until, after, until, after, until});
    while (part.next())
        add(year, part.value(0).toString(), sign * part.value(1).toLongLong());
    for (auto it = activity.cbegin(); it != activity.cend(); ++it)
        if (it.value() > 0) {
            series.firstYear = it.key();
            break;
        }
    return series;
}

QVector<qint64> StatisticsStore::activeOn(RightKind kind, QDate on) const
{
    // The covering index standing_by_kind serves it; sorting here is cheaper than SQL's
    // DISTINCT ... ORDER BY over the index (3x at 100k).
    RowScan rows(m_db,
                 QStringLiteral("SELECT company_id FROM standing_periods WHERE kind = ? AND "
                                "status = ? AND start_day <= ? AND end_day >= ?"),
                 {Names::code(kind), Names::code(RightStatus::Active), sqlDate(on), sqlDate(on)});
    QVector<qint64> out;
    while (rows.next())
        out.append(rows.integer(0));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

StatisticsStore::Cities StatisticsStore::cities() const
{
    // Through the city index, so the rows of one city come together and each spelling becomes
    // one QString, not one per company.
    Cities cities;
    const SqlDialect& sql = m_db.dialect();
    RowScan rows(m_db,
                 QStringLiteral("SELECT id, city FROM companies%1 ORDER BY %2%3")
                     .arg(sql.indexedBy(QStringLiteral("companies_by_city")),
                          sql.caseless(QStringLiteral("city")),
                          sql.isServer() ? QStringLiteral(", city COLLATE \"C\"") : QString()));
    QByteArray previous;
    while (rows.next()) {
        const qint64 id = rows.integer(0);
        const QByteArrayView city = rows.bytes(1);
        if (cities.names.isEmpty() || city != QByteArrayView(previous)) {
            previous = city.toByteArray();
            cities.names.append(QString::fromUtf8(previous));
        }
        if (id >= qint64(cities.ofCompany.size()))
            cities.ofCompany.resize(size_t(id) + 1024, -1);
        cities.ofCompany[size_t(id)] = int(cities.names.size() - 1);
    }
    return cities;
}

QVector<QPair<QString, int>> StatisticsStore::membersPerBody(QDate on) const
{
    // One plain pass over the table, counted here: SQL's GROUP BY body walks the body index and
    // looks up each row's `since` in the table, 2.5 times the work at 100,000 companies.
    RowScan rows(m_db, QStringLiteral("SELECT body, since FROM memberships"));
    const QByteArray day = on.toString(Qt::ISODate).toUtf8();
    QMap<QByteArray, int> counts; // a handful of bodies, in the order SQL's ORDER BY gives
    QByteArray body;
    int* count = nullptr;
    while (rows.next()) {
        const QByteArrayView since = rows.bytes(1);
        if (!since.isNull() && since > QByteArrayView(day))
            continue;
        const QByteArrayView name = rows.bytes(0);
        if (!count || name != QByteArrayView(body)) {
            body = name.toByteArray();
            count = &counts[body];
        }
        ++*count;
    }
    QVector<QPair<QString, int>> out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out.append({QString::fromUtf8(it.key()), it.value()});
    return out;
}

} // namespace cinereg
