#include "ChangeFeed.h"

#include "../StorageError.h"
#include "../store/AuditLog.h"
#include "../store/Database.h"

namespace cinereg {

ChangeFeed::ChangeFeed(const Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_lastAuditId = AuditLog(m_db).lastId();
    m_dataVersion = m_db.dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::checkOtherConnections);
}

void ChangeFeed::watchOtherConnections(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ChangeFeed::committed()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ChangeFeed::announcePending);
}

void ChangeFeed::announcePending()
{
    if (!m_pending)
        return;
    m_pending = false;
    try {
        announceNewEntries();
    } catch (const StorageError&) {
        // The commit itself succeeded: the next change announces it with this one.
    }
}

void ChangeFeed::checkOtherConnections()
{
    try {
        const qint64 version = m_db.dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        const qint64 before = m_lastAuditId;
        m_lastAuditId = AuditLog(m_db).lastId();
        Q_EMIT changed(before, m_lastAuditId);
    } catch (const StorageError&) {
        // A busy or vanished file is reported by the next action that needs it, not by a poll.
    }
}

void ChangeFeed::announceNewEntries()
{
    const qint64 before = m_lastAuditId;
    m_lastAuditId = AuditLog(m_db).lastId();
    if (m_lastAuditId != before)
        Q_EMIT changed(before, m_lastAuditId);
}

} // namespace cinereg
