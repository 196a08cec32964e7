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
    // Whether append() writes each entry at once, or keeps the entries (hashed and chained) until
    // flush() writes them together in multi-row statements (an import's bulk write, inside the
    // transaction that holds the write lock: the chain's head cannot move meanwhile).
    enum class Writing { EachEntry, Together };

    explicit AuditLog(const Database& db, Writing writing = Writing::EachEntry)
        : m_db(db), m_writing(writing)
    {
    }

    // Each entry is chained to the one before it. The hash of the last entry this object
    // appended is kept, so an import appending thousands of entries through one AuditLog, inside
    // the transaction that holds the write lock, reads the chain's head once.
    void append(const AuditEntry& entry);
    // Writing::Together: writes the entries appended since the last flush, in their order.
    void flush();
    QVector<AuditEntry> list(const QString& entity = {}, qint64 entityId = 0) const;
    qint64 lastId() const; // 0 when empty
    // Describes each break in the chain (empty: intact).
    QStringList verifyChain() const;

private:
    static QString hashOf(const QString& previous, const QString& at, const QString& user,
                          const QString& entity, qint64 entityId, const QString& action,
                          const QString& details);
    const Database& m_db;
    const Writing m_writing;
    QVariantList m_pending; // Writing::Together: the rows not yet written, column after column
    qsizetype m_pendingRows = 0;
    QString m_head; // the hash of the last entry appended through this object
};

} // namespace cinereg
