#include "AuditLog.h"

#include "BulkInsert.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace cinereg {

namespace {
const QString Genesis = QStringLiteral("cinereg-audit-v1");
}

QString AuditLog::hashOf(const QString& previous, const QString& at, const QString& user,
                         const QString& entity, qint64 entityId, const QString& action,
                         const QString& details)
{
    const QStringList parts{previous, at, user, entity, QString::number(entityId), action, details};
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1f)).toUtf8(), QCryptographicHash::Sha256)
            .toHex());
}

qint64 AuditLog::lastId() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void AuditLog::append(const AuditEntry& e)
{
    QString previous = m_head;
    if (previous.isEmpty()) {
        QSqlQuery last =
            m_db.run(QStringLiteral("SELECT hash FROM audit ORDER BY id DESC LIMIT 1"));
        previous = last.next() ? last.value(0).toString() : Genesis;
    }
    const QString at = e.at.toString(Qt::ISODateWithMs);
    const QString details =
        QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact));
    QString hash = hashOf(previous, at, e.user, e.entity, e.entityId, e.action, details);
    const QVariantList row{at, e.user, e.entity, e.entityId, e.action, details, previous, hash};
    m_head = std::move(hash);
    if (m_writing == Writing::Together) {
        m_pending.append(row);
        ++m_pendingRows;
        return;
    }
    m_db.run(QStringLiteral("INSERT INTO audit (at, \"user\", entity, entity_id, action, details, "
                            "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)"),
             row);
}

void AuditLog::flush()
{
    // The rows go in the order they were chained: each one's id follows the one before.
    BulkInsert rows(m_db, QStringLiteral("audit"),
                    {QStringLiteral("at"), QStringLiteral("user"), QStringLiteral("entity"),
                     QStringLiteral("entity_id"), QStringLiteral("action"),
                     QStringLiteral("details"), QStringLiteral("prev_hash"),
                     QStringLiteral("hash")});
    constexpr qsizetype Columns = 8;
    for (qsizetype i = 0; i < m_pendingRows; ++i)
        rows.add(m_pending.mid(i * Columns, Columns));
    rows.flush();
    m_pending.clear();
    m_pendingRows = 0;
}

QVector<AuditEntry> AuditLog::list(const QString& entity, qint64 entityId) const
{
    QString sql =
        QStringLiteral("SELECT id, at, \"user\", entity, entity_id, action, details FROM audit");
    QVariantList params;
    QStringList where;
    if (!entity.isEmpty()) {
        where.append(QStringLiteral("entity = ?"));
        params.append(entity);
    }
    if (entityId) {
        where.append(QStringLiteral("entity_id = ?"));
        params.append(entityId);
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    QSqlQuery q = m_db.run(sql, params);
    QVector<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.details = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        out.append(e);
    }
    return out;
}

QStringList AuditLog::verifyChain() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, at, \"user\", entity, entity_id, action, "
                                          "details, prev_hash, hash FROM audit ORDER BY id"));
    QStringList findings;
    QString previous = Genesis;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (q.value(7).toString() != previous)
            findings.append(QCoreApplication::translate("AuditLog",
                                                        "Audit entry %1 does not follow the entry "
                                                        "before it (an entry was removed or "
                                                        "inserted).")
                                .arg(id));
        const QString expected =
            hashOf(q.value(7).toString(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                   q.value(6).toString());
        if (expected != q.value(8).toString())
            findings.append(
                QCoreApplication::translate("AuditLog", "Audit entry %1 was altered.").arg(id));
        previous = q.value(8).toString();
    }
    return findings;
}

} // namespace cinereg
