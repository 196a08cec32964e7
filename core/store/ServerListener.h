#pragma once

#include <QObject>
#include <QString>

namespace cinereg {

// A connection of its own to a server register that LISTENs on Database::ChangeChannel: every
// write committed by any workstation (this one included) is heard here. The connection that
// writes is never used, so a notification can arrive while that one is busy. After the server was
// lost, open() connects and subscribes again.
class ServerListener : public QObject
{
    Q_OBJECT

public:
    explicit ServerListener(QString address, QObject* parent = nullptr);
    ~ServerListener() override;

    // Connects (again) and subscribes; throws StorageError when the server cannot be reached.
    void open();
    void close();
    bool isOpen() const { return m_open; }
    // Whether the connection still answers (a lost server is noticed here, not by a silence).
    bool isReachable() const;

Q_SIGNALS:
    // A workstation committed a write.
    void notified();

private:
    QString m_address;
    QString m_connectionName;
    bool m_open = false;
};

} // namespace cinereg
