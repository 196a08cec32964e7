#include "StatisticsStore.h"

#include "RowScan.h"

#include <vector>

namespace cinereg {

RightsScan StatisticsStore::scanRights(QDate on) const
{
    RightsScan scan;
    // Kinds and decision types come as the positions of RightKind and DecisionType, so that no
    // text is compared for each of the hundreds of thousands of rows.
    RowScan rights(m_db, QStringLiteral("SELECT id, company_id, CASE kind WHEN 'authorization' "
                                        "THEN 0 WHEN 'national' THEN 1 ELSE 2 END, valid_from "
                                        "FROM rights ORDER BY id"));
    std::vector<int> indexOf; // a right's position in scan.rights by its id, -1 when not read
    QHash<qint64, QDate> firstAuthorization;
    while (rights.next()) {
        const qint64 id = rights.integer(0);
        const auto kind = static_cast<RightKind>(rights.integer(2));
        const QDate from = rights.date(3);
        if (kind == RightKind::Authorization) {
            QDate& first = firstAuthorization[rights.integer(1)];
            if (first.isNull() || from < first)
                first = from;
        }
        if (from > on)
            continue;
        if (id >= qint64(indexOf.size()))
            indexOf.resize(size_t(id) + 1024, -1);
        indexOf[size_t(id)] = int(scan.rights.size());
        Right r;
        r.id = id;
        r.companyId = rights.integer(1);
        r.kind = kind;
        r.validFrom = from;
        scan.rights.append(std::move(r));
    }
    for (const QDate& first : std::as_const(firstAuthorization))
        if (first <= on)
            ++scan.newEntrants[first.year()];

    RowScan decisions(
        m_db, QStringLiteral("SELECT right_id, CASE type WHEN 'grant' THEN 0 WHEN 'renew' THEN 1 "
                             "WHEN 'suspend' THEN 2 WHEN 'reinstate' THEN 3 ELSE 4 END, "
                             "effective_date, valid_until FROM decisions ORDER BY id"));
    while (decisions.next()) {
        Decision d;
        d.type = static_cast<DecisionType>(decisions.integer(1));
        d.effective = decisions.date(2);
        if (d.effective <= on) {
            if (scan.firstDecision.isNull() || d.effective < scan.firstDecision)
                scan.firstDecision = d.effective;
            switch (d.type) {
            case DecisionType::Grant:
                ++scan.grants[d.effective.year()];
                break;
            case DecisionType::Suspend:
                ++scan.suspensions[d.effective.year()];
                break;
            case DecisionType::Revoke:
                ++scan.revocations[d.effective.year()];
                break;
            case DecisionType::Renew:
            case DecisionType::Reinstate:
                break;
            }
        }
        const qint64 rightId = decisions.integer(0);
        if (rightId < 0 || rightId >= qint64(indexOf.size()) || indexOf[size_t(rightId)] < 0)
            continue;
        d.validUntil = decisions.date(3);
        scan.rights[indexOf[size_t(rightId)]].history.append(std::move(d));
    }
    return scan;
}

ProductionsScan StatisticsStore::scanProductions(QDate on) const
{
    ProductionsScan scan;
    RowScan rows(m_db,
                 QStringLiteral("SELECT kind = 'national', shoot_from FROM productions "
                                "WHERE shoot_from <= ?"),
                 {sqlDate(on)});
    while (rows.next()) {
        const QDate from = rows.date(1);
        ++(rows.integer(0) ? scan.national : scan.foreign)[from.year()];
        if (scan.firstShooting.isNull() || from < scan.firstShooting)
            scan.firstShooting = from;
    }
    return scan;
}

StatisticsStore::Cities StatisticsStore::cities() const
{
    // Through the city index, so the rows of one city come together and each spelling becomes
    // one QString, not one per company.
    Cities cities;
    RowScan rows(m_db, QStringLiteral("SELECT id, city FROM companies INDEXED BY "
                                      "companies_by_city ORDER BY city COLLATE NOCASE"));
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
    RowScan rows(m_db,
                 QStringLiteral("SELECT body, count(*) FROM memberships WHERE since IS NULL OR "
                                "since <= ? GROUP BY body ORDER BY body"),
                 {sqlDate(on)});
    QVector<QPair<QString, int>> out;
    while (rows.next())
        out.append({rows.text(0), int(rows.integer(1))});
    return out;
}

} // namespace cinereg
