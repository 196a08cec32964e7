#include "StatusListStore.h"

#include <QSqlQuery>

namespace cinereg {

QVector<StatusListStore::Row> StatusListStore::rows() const
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT s.status_index, c.accreditation_id, c.code FROM certificate_status_index s "
        "JOIN certificates c ON c.id = s.certificate_id ORDER BY s.status_index"));
    QVector<Row> out;
    while (q.next())
        out.append({q.value(0).toInt(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

int StatusListStore::size() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT coalesce(max(status_index) + 1, 0) FROM certificate_status_index"));
    return q.next() ? q.value(0).toInt() : 0;
}

QVector<StatusListStore::PublicKey> StatusListStore::publicKeys() const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT key_id, public_key FROM signing_keys ORDER BY added_at"));
    QVector<PublicKey> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toByteArray()});
    return out;
}

} // namespace cinereg
