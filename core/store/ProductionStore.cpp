#include "ProductionStore.h"

#include "Names.h"

#include <QSqlQuery>

namespace cinereg {

qint64 ProductionStore::insert(const Production& p, const QString& user, const QDateTime& at)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO productions (title, kind, executor_id, shoot_from, shoot_to, "
                       "foreign_producer, country, mandate, shooting_permit, created_by, "
                       "created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
        {p.title, Names::code(p.kind), p.executorId, sqlDate(p.shootFrom), sqlDate(p.shootTo),
         sqlText(p.foreignProducer), sqlText(p.country), sqlText(p.mandate),
         sqlText(p.shootingPermit), user, at.toString(Qt::ISODate)});
    return m_db.insertedId(q);
}

QVector<Production> ProductionStore::list(const ProductionFilter& filter) const
{
    QStringList conditions;
    QVariantList params;
    if (filter.executorId) {
        conditions.append(QStringLiteral("executor_id = ?"));
        params.append(filter.executorId);
    }
    if (filter.kind) {
        conditions.append(QStringLiteral("kind = ?"));
        params.append(Names::code(*filter.kind));
    }
    QString sql = QStringLiteral("SELECT id, title, kind, executor_id, shoot_from, shoot_to, "
                                 "foreign_producer, country, mandate, shooting_permit "
                                 "FROM productions");
    if (!conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY shoot_from DESC, id DESC");
    QSqlQuery q = m_db.run(sql, params);
    QVector<Production> out;
    while (q.next()) {
        Production p;
        p.id = q.value(0).toLongLong();
        p.title = q.value(1).toString();
        p.kind = Names::productionKind(q.value(2).toString()).value_or(ProductionKind::National);
        p.executorId = q.value(3).toLongLong();
        p.shootFrom = dateFromSql(q.value(4));
        p.shootTo = dateFromSql(q.value(5));
        p.foreignProducer = q.value(6).toString();
        p.country = q.value(7).toString();
        p.mandate = q.value(8).toString();
        p.shootingPermit = q.value(9).toString();
        out.append(p);
    }
    return out;
}

QHash<qint64, QDate> ProductionStore::lastShootingDays() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT executor_id, max(shoot_to) FROM productions GROUP BY executor_id"));
    QHash<qint64, QDate> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), dateFromSql(q.value(1)));
    return out;
}

} // namespace cinereg
