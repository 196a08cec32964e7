#include "ServerLogins.h"

#include "../StorageError.h"
#include "Savepoint.h"

#include <QSqlQuery>

namespace cinereg {

bool ServerLogins::exists(const QString& login) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {login});
    return q.next();
}

bool ServerLogins::mayManage() const
{
    QSqlQuery q = m_db.run(QStringLiteral(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = session_user"));
    return q.next() && q.value(0).toBool();
}

void ServerLogins::runFormatted(const QString& format, const QVariantList& arguments) const
{
    // A utility statement takes no parameters: the server itself quotes the values into it.
    QSqlQuery q = m_db.run(QStringLiteral("SELECT format(?::text%1)")
                               .arg(QStringLiteral(", ?::text").repeated(int(arguments.size()))),
                           QVariantList{format} + arguments);
    q.next();
    const QString statement = q.value(0).toString();
    q.finish();
    m_db.run(statement);
}

void ServerLogins::create(const QString& login, const QString& scramVerifier) const
{
    // Logins are the cluster's, not the register's: another register's transaction may create
    // the same one meanwhile. Then it exists, which is all that is asked.
    try {
        Savepoint attempt(m_db);
        runFormatted(QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L IN ROLE cinereg_clerk"),
                     {login, scramVerifier});
        attempt.release();
    } catch (const StorageError&) {
        if (!exists(login))
            throw;
    }
}

void ServerLogins::setPassword(const QString& login, const QString& scramVerifier) const
{
    runFormatted(QStringLiteral("ALTER ROLE %I PASSWORD %L"), {login, scramVerifier});
}

} // namespace cinereg
