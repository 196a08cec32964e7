#include "ServerListener.h"

#include "../StorageError.h"
#include "Database.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

namespace cinereg {

namespace {
QAtomicInt listenerCounter;
}

ServerListener::ServerListener(QString address, QObject* parent)
    : QObject(parent), m_address(std::move(address)),
      m_connectionName(
          QStringLiteral("cinereg-listener-%1").arg(listenerCounter.fetchAndAddRelaxed(1)))
{
}

ServerListener::~ServerListener()
{
    close();
}

void ServerListener::open()
{
    close();
    Database::connectServer(m_address, m_connectionName);
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlDriver* driver = db.driver();
    if (!driver->subscribeToNotification(QLatin1String(Database::ChangeChannel))) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::CannotOpen,
                           Database::tr("Cannot listen to the changes of %1.").arg(m_address));
    }
    connect(driver, &QSqlDriver::notification, this, [this] { Q_EMIT notified(); });
    m_open = true;
}

void ServerListener::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.driver())
            disconnect(db.driver(), nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
}

bool ServerListener::isReachable() const
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
    return q.exec(QStringLiteral("SELECT 1"));
}

} // namespace cinereg
