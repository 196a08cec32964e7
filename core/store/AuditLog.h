#pragma once

#include "../AuditEntry.h"
#include "Database.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace cinereg {

// Append-only record of every change, chained by SHA-256 so that an edit or a deletion made
// outside the program is detected by `check`.
class AuditLog
{
public:
    explicit AuditLog(const Database& db) : m_db(db) {}

    // Each entry is chained to the one before it. The hash of the last entry this object
    // appended is kept, so an import appending thousands of entries through one AuditLog, inside
    // the transaction that holds the write lock, reads the chain's head once.
    void append(const AuditEntry& entry);
    QVector<AuditEntry> list(const QString& entity = {}, qint64 entityId = 0) const;
    qint64 lastId() const; // 0 when empty
    // Describes each break in the chain (empty: intact).
    QStringList verifyChain() const;

private:
    static QString hashOf(const QString& previous, const QString& at, const QString& user,
                          const QString& entity, qint64 entityId, const QString& action,
                          const QString& details);
    const Database& m_db;
    QString m_head; // the hash of the last entry appended through this object
};

} // namespace cinereg
