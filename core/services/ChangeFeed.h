#pragma once

#include <QObject>
#include <QTimer>

namespace cinereg {

class Database;

// The register's changes as they happen, announced once each: every committed write of this
// program appends to the audit trail, and the feed announces the new audit entries right after
// the commit. Changes made by another program on the same file are noticed by watching SQLite's
// data_version (and, later, other workstations' changes will come through the same signal).
// Every open view listens to `changed` and refreshes what it shows.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(const Database& db, QObject* parent = nullptr);

    // Polls for other connections' commits every `intervalMs` (the window does; the CLI never).
    void watchOtherConnections(int intervalMs = 1500);
    // One poll now: announces once if another connection committed since the last look.
    void checkOtherConnections();
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

private:
    void announceNewEntries();

    const Database& m_db;
    QTimer m_timer;
    qint64 m_lastAuditId = 0;
    qint64 m_dataVersion = 0;
    bool m_pending = false;
};

} // namespace cinereg
