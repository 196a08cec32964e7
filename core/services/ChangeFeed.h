#pragma once

#include <memory>
#include <QObject>
#include <QTimer>

class QThread;

namespace cinereg {

class Database;
class ServerListener;

// The register's changes as they happen, announced once each: every committed write of this
// program appends to the audit trail, and the feed announces the new audit entries right after
// the commit. Changes made by another program on the same file are noticed by watching SQLite's
// data_version. On a server register, other workstations' commits are heard through
// LISTEN/NOTIFY on a connection of the feed's own (core/store/ServerListener); the same timer
// then checks that the server still answers: when it does not, `connectionLost` is emitted and
// the feed reconnects in the background (the register's connection and its own, subscribing
// again), then emits `connectionRestored` and one `changed` for whatever it may have missed.
// Every open view listens to `changed` and refreshes what it shows.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(Database& db, QObject* parent = nullptr);
    ~ChangeFeed() override;

    // Polls for other connections' commits every `intervalMs` (the window does; the CLI never);
    // on a server, listens to them and checks the connection every `intervalMs`.
    void watchOtherConnections(int intervalMs = 1500);
    // One poll now: announces once if another connection committed since the last look; on a
    // server, checks the connection (or tries to connect again when it was lost).
    void checkOtherConnections();
    // False from a lost server connection until the feed connected again.
    bool isConnected() const { return m_connected; }
    // After a commit of this connection: announces the audit entries it appended, once control
    // returns to the event loop, so that a slot that wrote is never re-entered by the views'
    // refresh, and a burst of commits (a batch) is announced once.
    void committed();
    // Announces now what was committed and not yet announced (the CLI and tests without a loop).
    void announcePending();

Q_SIGNALS:
    // The audit entries after `afterAuditId` up to `lastAuditId` are new (both 0 when not known,
    // e.g. a change made elsewhere that left no audit entry).
    void changed(qint64 afterAuditId, qint64 lastAuditId);
    // The server stopped answering; the feed retries at each tick until it is back.
    void connectionLost();
    // Connected again (and subscribed again); `changed` follows.
    void connectionRestored();

private:
    void announceNewEntries();
    void checkServer();
    void tryToReconnect();
    void reconnectNow();

    Database& m_db;
    std::unique_ptr<ServerListener> m_listener; // on a server, once watching
    bool m_connected = true;
    QThread* m_probe = nullptr; // trying the server in the background while it is lost
    QTimer m_timer;
    qint64 m_lastAuditId = 0;
    qint64 m_dataVersion = 0;
    bool m_pending = false;
};

} // namespace cinereg
