#include "Database.h"
#include "HeadWitness.h"
#include "PostgresSchema.h"
#include "RegisterSeal.h"
#include "SqlFailure.h"
#include "StandingStore.h"
#include "YearlyCountsStore.h"

#include <QAtomicInt>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QUrl>

// The server half of Database: opening, reconnecting and migrating a register on a PostgreSQL
// server (the file half is Database.cpp).
namespace cinereg {

using detail::exec;
using detail::failure;
using detail::kindOf;
using detail::single;

namespace {
QAtomicInt probeCounter;
} // namespace

void Database::openServer()
{
    const QUrl url(m_path, QUrl::StrictMode);
    const QString name = url.path().mid(1);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") &&
         url.scheme() != QLatin1String("postgres")) ||
        url.host().isEmpty() || name.isEmpty() || name.contains(QLatin1Char('/')) ||
        !url.password().isEmpty() || url.hasQuery() || url.hasFragment())
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("%1 is not a register address: write "
                              "postgresql://[LOGIN@]HOST[:PORT]/DATABASE (the password comes "
                              "from PGPASSWORD or ~/.pgpass, never from the address). Nothing "
                              "was created.")
                               .arg(m_path));
    connectServer(m_path, m_connectionName);
    QSqlDatabase db = connection();
    try {
        QSqlQuery who = run(QStringLiteral("SELECT session_user"));
        m_serverLogin = who.next() ? who.value(0).toString() : QString();
        who.finish();
        migrateServer();
        m_sealing = true;
    } catch (...) {
        db = QSqlDatabase();
        closeConnection();
        throw;
    }
}

namespace {
QMutex passwordMutex;
QHash<QString, QString> sessionPasswords; // address -> password, for this process only
} // namespace

void Database::setSessionPassword(const QString& address, const QString& password)
{
    const QMutexLocker lock(&passwordMutex);
    sessionPasswords.insert(address, password);
}

void Database::connectServer(const QString& address, const QString& connectionName)
{
    const QUrl url(address, QUrl::StrictMode);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid()) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot open %1: Qt's PostgreSQL driver is missing (package "
                              "libqt6sql6-psql).")
                               .arg(address));
    }
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    if (!url.userName().isEmpty())
        db.setUserName(url.userName());
    db.setDatabaseName(url.path().mid(1));
    {
        const QMutexLocker lock(&passwordMutex);
        if (sessionPasswords.contains(address))
            db.setPassword(sessionPasswords.value(address));
    }
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=cinereg"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        // libpq's words for a server that wants a password none was given for.
        const bool password = reason.contains(QLatin1String("no password supplied")) ||
                              reason.contains(QLatin1String("password authentication failed"));
        throw StorageError(password ? StorageError::Kind::PasswordRequired
                                    : StorageError::Kind::CannotOpen,
                           tr("Cannot connect to the register %1: %2 Nothing was created.")
                               .arg(address, reason.trimmed()));
    }
    // Dates and timestamps are ISO text in both engines; the session's own settings must not
    // change how the server compares or shows anything the program reads.
    for (const char* setting : {"SET client_encoding = 'UTF8'", "SET TIME ZONE 'UTC'"}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromLatin1(setting))) {
            const StorageError error = failure(q.lastError());
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            throw error;
        }
    }
}

bool Database::canConnect(const QString& address)
{
    const QString name = QStringLiteral("cinereg-probe-%1").arg(probeCounter.fetchAndAddRelaxed(1));
    try {
        connectServer(address, name);
    } catch (const StorageError&) {
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return true;
}

void Database::reconnect()
{
    if (!m_dialect.isServer())
        return;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    connectServer(m_path, m_connectionName);
}

bool Database::isReachable() const
{
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("SELECT 1"));
}

qint64 Database::auditHead() const
{
    QSqlQuery q = run(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

int Database::serverSchemaVersion() const
{
    QSqlQuery table =
        run(QStringLiteral("SELECT to_regclass('public.schema_version') IS NOT NULL"));
    const bool exists = table.next() && table.value(0).toBool();
    table.finish();
    if (!exists)
        return 0;
    QSqlQuery q = run(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void Database::migrateServer()
{
    const auto newer = [this](int version) {
        return StorageError(StorageError::Kind::NewerVersion,
                            tr("%1 was written by a newer version of cinereg (format %2; this "
                               "program reads up to %3). Update the program.")
                                .arg(m_path)
                                .arg(version)
                                .arg(SchemaVersion));
    };
    m_schemaVersionFound = serverSchemaVersion();
    if (m_schemaVersionFound > SchemaVersion)
        throw newer(m_schemaVersionFound);
    if (m_schemaVersionFound == SchemaVersion)
        return;
    Transaction tx(*this);
    // One workstation migrates at a time; the others wait here, then find the work done.
    run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('cinereg:schema'))"));
    const int version = serverSchemaVersion();
    m_schemaVersionFound = version;
    if (version > SchemaVersion)
        throw newer(version);
    if (version >= SchemaVersion)
        return;
    if (version == 0) {
        // A database that already holds tables of its own is not a register to write into.
        QSqlQuery foreign =
            run(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        if (foreign.next() && foreign.value(0).toLongLong() > 0)
            throw StorageError(StorageError::Kind::NotCinereg,
                               tr("The database %1 holds tables but not a cinereg register; "
                                  "nothing was changed.")
                                   .arg(m_path));
        foreign.finish();
        run(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, "
                           "migrated_at TEXT NOT NULL, migrated_by TEXT NOT NULL "
                           "DEFAULT session_user)"));
        run(QStringLiteral("GRANT SELECT ON schema_version TO PUBLIC"));
        HeadWitness::forget(m_path); // a new register at an address where one was dropped
    }
    for (int step = version + 1; step <= SchemaVersion; ++step) {
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << step;
        for (const QString& statement : PostgresSchema::migrationTo(step))
            run(statement);
        run(QStringLiteral("INSERT INTO schema_version (version, migrated_at) VALUES (?, ?)"),
            {step, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    }
    // The clerks' inserts advance the identity columns' sequences, and the program reads the
    // new id back with lastval(), which needs USAGE on them.
    if (StandingStore(*this).needsRebuild())
        StandingStore(*this).rebuildAll();
    if (version > 0 && version < YearlyCountsStep)
        YearlyCountsStore(*this).rebuildAll(); // the step that creates the counts
    // The seal's capture triggers (created once), then the seal recomputed from every row.
    const RegisterSeal seal(*this);
    seal.captureChanges();
    seal.reseal();
    run(QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO cinereg_clerk"));
    tx.commit();
}

} // namespace cinereg
