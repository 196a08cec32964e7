#include "ChangeFeed.h"

#include "../StorageError.h"
#include "../store/AuditLog.h"
#include "../store/Database.h"
#include "../store/ServerListener.h"

#include <atomic>
#include <memory>
#include <QThread>

namespace cinereg {

ChangeFeed::ChangeFeed(Database& db, QObject* parent) : QObject(parent), m_db(db)
{
    m_lastAuditId = AuditLog(m_db).lastId();
    m_dataVersion = m_db.dataVersion();
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::checkOtherConnections);
}

ChangeFeed::~ChangeFeed()
{
    if (m_probe) {
        disconnect(m_probe, nullptr, this, nullptr);
        m_probe->wait();
        delete m_probe;
    }
}

void ChangeFeed::watchOtherConnections(int intervalMs)
{
    m_timer.start(intervalMs);
    if (!m_db.dialect().isServer() || m_listener)
        return;
    m_listener = std::make_unique<ServerListener>(m_db.path());
    connect(m_listener.get(), &ServerListener::notified, this, [this] {
        try {
            announceNewEntries();
        } catch (const StorageError&) {
            // The connection check notices a lost server; what was missed is announced then.
        }
    });
    try {
        m_listener->open();
    } catch (const StorageError&) {
        m_connected = false;
        Q_EMIT connectionLost();
    }
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
    // On a server, NOTIFY brings the changes; this poll is the safety net (and F5's look).
    if (m_db.dialect().isServer()) {
        checkServer();
        if (!m_connected)
            return;
    }
    try {
        const qint64 version = m_db.dataVersion();
        if (version == m_dataVersion)
            return;
        m_dataVersion = version;
        const qint64 before = m_lastAuditId;
        m_lastAuditId = AuditLog(m_db).lastId();
        // Every write on a server leaves an audit entry: none new, it was heard already.
        if (m_db.dialect().isServer() && m_lastAuditId == before)
            return;
        Q_EMIT changed(before, m_lastAuditId);
    } catch (const StorageError&) {
        // A busy or vanished file is reported by the next action that needs it, not by a poll.
    }
}

void ChangeFeed::checkServer()
{
    if (m_connected) {
        if ((!m_listener || m_listener->isReachable()) && m_db.isReachable())
            return;
        m_connected = false;
        if (m_listener)
            m_listener->close();
        Q_EMIT connectionLost();
    }
    tryToReconnect();
}

// The server is first tried from a thread of its own: an unreachable host may take the whole
// connection timeout to answer, and the window must not freeze meanwhile. Only once it answers
// are the register's connection and the feed's opened again, here.
void ChangeFeed::tryToReconnect()
{
    if (m_probe)
        return; // one attempt at a time
    const QString address = m_db.path();
    auto answered = std::make_shared<std::atomic_bool>(false);
    m_probe = QThread::create([address, answered] { *answered = Database::canConnect(address); });
    connect(m_probe, &QThread::finished, this, [this, answered] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (*answered)
            reconnectNow();
    });
    m_probe->start();
}

void ChangeFeed::reconnectNow()
{
    try {
        m_db.reconnect();
        if (m_listener)
            m_listener->open();
    } catch (const StorageError&) {
        return; // still unreachable: the next tick tries again
    }
    m_connected = true;
    Q_EMIT connectionRestored();
    // Notifications sent while the connection was lost are gone: everything may have changed.
    const qint64 before = m_lastAuditId;
    try {
        m_lastAuditId = AuditLog(m_db).lastId();
    } catch (const StorageError&) {
    }
    Q_EMIT changed(before, m_lastAuditId);
}

void ChangeFeed::announceNewEntries()
{
    const qint64 before = m_lastAuditId;
    m_lastAuditId = AuditLog(m_db).lastId();
    if (m_lastAuditId != before)
        Q_EMIT changed(before, m_lastAuditId);
}

} // namespace cinereg
