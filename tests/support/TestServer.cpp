#include "TestServer.h"

#include "store/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <stdexcept>

namespace cinereg::test::TestServer {

namespace {
const QString Template = QStringLiteral("cinereg_test_template");
QAtomicInt counter;

QUrl clusterUrl()
{
    QFile file(qEnvironmentVariable("CINEREG_TEST_PG"));
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("CINEREG_TEST_PG names no readable cluster URL file");
    return QUrl(QString::fromUtf8(file.readAll()).trimmed());
}

// A superuser connection to one database of the cluster.
QSqlDatabase connect(const QString& name, const QString& database)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name);
        if (db.isOpen())
            return db;
    }
    const QUrl url = clusterUrl();
    QSqlDatabase db = QSqlDatabase::contains(name)
                          ? QSqlDatabase::database(name, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    if (!db.open())
        throw std::runtime_error("cannot connect to the test cluster: " +
                                 db.lastError().text().toStdString());
    return db;
}

QSqlDatabase admin()
{
    return connect(QStringLiteral("cinereg-test-admin"), QStringLiteral("postgres"));
}

void exec(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
}

bool exists(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw std::runtime_error(sql.toStdString() + ": " + q.lastError().text().toStdString());
    return q.next();
}

QString addressOf(const QString& login, const QString& database)
{
    const QUrl url = clusterUrl();
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, url.host())
        .arg(url.port())
        .arg(database);
}

// A login of that name (a superuser: the tests' raw edits need one), made if missing. The
// caller holds the advisory lock, since two processes may make the same login.
void ensureLogin(const QSqlDatabase& db, const QString& role)
{
    QString quotedRole = role;
    quotedRole.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    // Made by the program's `user add` (a clerks' login) in this or a parallel test, it becomes
    // a superuser too; created meanwhile by another process, it is there.
    exec(db, QStringLiteral("DO $$ BEGIN CREATE ROLE \"%1\" LOGIN SUPERUSER; EXCEPTION WHEN "
                            "duplicate_object OR unique_violation THEN ALTER ROLE \"%1\" "
                            "SUPERUSER; END $$")
                 .arg(quotedRole));
}

// The template: a register migrated once per cluster (the first test process makes it, under
// a lock the others wait on).
void ensureTemplate(const QSqlDatabase& db)
{
    if (exists(db, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = '%1'").arg(Template)))
        return;
    exec(db, QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(Template));
    const Database migrated(addressOf(clusterUrl().userName(), Template));
}
} // namespace

bool active()
{
    return !qEnvironmentVariableIsEmpty("CINEREG_TEST_PG");
}

QString freshRegister(const QString& login)
{
    QSqlDatabase db = admin();
    const QString role = login.isEmpty() ? clusterUrl().userName() : login;
    const QString name = QStringLiteral("t_%1_%2")
                             .arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1));
    // One process at a time copies the template (a copy needs it without connections).
    exec(db, QStringLiteral("SELECT pg_advisory_lock(20261126)"));
    try {
        ensureTemplate(db);
        ensureLogin(db, role);
        exec(db, QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                     .arg(name, Template));
    } catch (...) {
        exec(db, QStringLiteral("SELECT pg_advisory_unlock(20261126)"));
        throw;
    }
    exec(db, QStringLiteral("SELECT pg_advisory_unlock(20261126)"));
    return addressOf(role, name);
}

QString asLogin(const QString& address, const QString& login)
{
    QSqlDatabase db = admin();
    exec(db, QStringLiteral("SELECT pg_advisory_lock(20261126)"));
    try {
        ensureLogin(db, login);
    } catch (...) {
        exec(db, QStringLiteral("SELECT pg_advisory_unlock(20261126)"));
        throw;
    }
    exec(db, QStringLiteral("SELECT pg_advisory_unlock(20261126)"));
    return addressOf(login, QUrl(address).path().mid(1));
}

void drop(const QString& address)
{
    const QString name = QUrl(address).path().mid(1);
    if (QSqlDatabase::contains(QStringLiteral("cinereg-test-raw"))) {
        QSqlDatabase::database(QStringLiteral("cinereg-test-raw"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("cinereg-test-raw"));
    }
    exec(admin(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

namespace {
// The superuser's connection to the register's own database (one kept, for the last register).
QSqlDatabase rawConnection(const QString& address)
{
    const QString name = QUrl(address).path().mid(1);
    const QString connection = QStringLiteral("cinereg-test-raw");
    if (QSqlDatabase::contains(connection) &&
        QSqlDatabase::database(connection, false).databaseName() != name) {
        QSqlDatabase::database(connection, false).close();
        QSqlDatabase::removeDatabase(connection);
    }
    return connect(connection, name);
}
} // namespace

QString asSuperuser(const QString& address, const QString& sql)
{
    QSqlQuery q(rawConnection(address));
    return q.exec(sql) ? QString() : q.lastError().text();
}

qint64 countAsSuperuser(const QString& address, const QString& sql)
{
    QSqlQuery q(rawConnection(address));
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace cinereg::test::TestServer
