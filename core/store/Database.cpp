#include "Database.h"

#include "../StorageError.h"
#include "HeadWitness.h"
#include "PostgresSchema.h"
#include "RegisterSeal.h"
#include "Schema.h"
#include "SqlFailure.h"
#include "StandingStore.h"
#include "StatementCache.h"
#include "YearlyCountsStore.h"

#include <cerrno>
#include <fcntl.h>
#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QtEndian>
#include <QThread>
#include <QUrl>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "cinereg.store", QtWarningMsg)

namespace cinereg {

using detail::exec;
using detail::failure;
using detail::kindOf;
using detail::single;

namespace {
QAtomicInt connectionCounter;

constexpr int HeaderSize = 100;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;

constexpr int BusyTimeoutMs = 5000; // as QSQLITE_BUSY_TIMEOUT below

// Files this process has already read whole and found sound. The window's background readers
// open their own connection for each read: one full read of the file per process is enough,
// and the connection that writes was opened after that read.
QMutex verifiedMutex;
QSet<QString> verifiedFiles;

bool alreadyVerified(const QString& path)
{
    const QMutexLocker lock(&verifiedMutex);
    return verifiedFiles.contains(QFileInfo(path).canonicalFilePath());
}

void markVerified(const QString& path)
{
    const QMutexLocker lock(&verifiedMutex);
    verifiedFiles.insert(QFileInfo(path).canonicalFilePath());
}

std::optional<StorageError> damageOf(const QSqlDatabase& db, const QString& path)
{
    try {
        QStringList problems;
        if (!alreadyVerified(path)) {
            QSqlQuery check = exec(db, QStringLiteral("PRAGMA quick_check"));
            while (check.next())
                if (check.value(0).toString() != QLatin1String("ok"))
                    problems.append(check.value(0).toString());
        }
        if (!problems.isEmpty())
            return StorageError(StorageError::Kind::Corrupt,
                                Database::tr("%1 is damaged and is left untouched: %2")
                                    .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
        const qint64 version = single(db, QStringLiteral("PRAGMA user_version"));
        const qint64 applicationId = single(db, QStringLiteral("PRAGMA application_id"));
        const qint64 objects = single(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        // A brand-new file (no schema yet, maybe being created by another program right now) is
        // migrated under the write lock; anything else must be a cinereg register we can read.
        if (applicationId != Database::ApplicationId && (applicationId != 0 || objects != 0))
            return StorageError(
                StorageError::Kind::NotCinereg,
                Database::tr("%1 is an SQLite database but not a cinereg register.").arg(path));
        if (version > Database::SchemaVersion)
            return StorageError(
                StorageError::Kind::NewerVersion,
                Database::tr("%1 was written by a newer version of cinereg (format %2; this "
                             "program reads up to %3). Update the program.")
                    .arg(path)
                    .arg(version)
                    .arg(Database::SchemaVersion));
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Corrupt)
            return StorageError(
                StorageError::Kind::Corrupt,
                Database::tr("%1 is damaged and is left untouched: %2").arg(path, e.message()));
        return e;
    }
    return std::nullopt;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

// Switching to WAL needs the file to itself, and SQLite answers "locked" at once instead of
// waiting when another program holds a lock on it: two programs opening a new register at once
// meet exactly that. Retry within the busy timeout, reading the mode again each time, since the
// other program may have switched the file already.
void switchToWal(const Database& db)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        try {
            QSqlQuery mode = db.run(QStringLiteral("PRAGMA journal_mode"));
            const QString journal = mode.next() ? mode.value(0).toString() : QString();
            mode.finish(); // an unfinished statement would count as an open transaction
            if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
                db.run(QStringLiteral("PRAGMA journal_mode = WAL"));
            return;
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::Locked || waited.elapsed() > BusyTimeoutMs)
                throw;
            QThread::msleep(20);
        }
    }
}

} // namespace

Database::Database(const QString& path, std::shared_ptr<const HeadSigner> signer)
    : m_path(path),
      m_connectionName(QStringLiteral("cinereg-%1").arg(connectionCounter.fetchAndAddRelaxed(1))),
      m_signer(std::move(signer))
{
    if (isServerAddress(path)) {
        m_dialect = SqlDialect(Engine::PostgreSQL);
        openServer();
        return;
    }
    checkHeaderBeforeOpening();
    createPrivately();
    checkBeforeWriting();

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot open %1: %2").arg(path, reason));
    }
    if (sqlite3* handle = sqliteHandle(db))
        m_statements = std::make_unique<StatementCache>(handle);
    try {
        configure();
        migrate();
        RegisterSeal(*this).captureChanges();
        m_sealing = true;
    } catch (...) {
        db = QSqlDatabase();
        closeConnection();
        throw;
    }
}

Database::~Database()
{
    closeConnection();
}

bool Database::isServerAddress(const QString& path)
{
    static const QRegularExpression serverAddress(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return serverAddress.match(path).hasMatch();
}

void Database::closeConnection()
{
    m_statements.reset(); // SQLite closes no connection with statements still prepared
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/register.cinereg");
}

void Database::createPrivately() const
{
    // The register holds identity documents: its folder (when we create it) and the file are
    // for their owner only. SQLite gives the -wal and -shm files the mode of the main file.
    const QFileInfo info(m_path);
    QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            throw StorageError(StorageError::Kind::CannotOpen,
                               tr("Cannot create the folder %1.").arg(info.absolutePath()));
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (m_path == QLatin1String(":memory:") || info.exists())
        return;
    // O_EXCL: a second program creating the same register at this moment leaves it alone.
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd >= 0)
        ::close(fd);
    else if (errno != EEXIST)
        throw StorageError(
            StorageError::Kind::CannotOpen,
            tr("Cannot create %1: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno))));
}

void Database::checkBeforeWriting() const
{
    // On a read-only connection, which never writes the file (nor checkpoints its write-ahead
    // log on closing): the whole file must be sound, and the version and identity that SQLite
    // sees (a newer version may still be only in the -wal) must be ours, before the connection
    // that writes (and switches a rollback-journal file to WAL) is opened.
    const QString name = m_connectionName + QStringLiteral("-check");
    std::optional<StorageError> failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            failure = StorageError(StorageError::Kind::CannotOpen,
                                   tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
        } else {
            failure = damageOf(db, m_path);
            db.close();
            if (!failure)
                markVerified(m_path);
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (failure)
        throw *failure;
}

void Database::checkHeaderBeforeOpening() const
{
    // Read the SQLite header ourselves: SQLite would happily open (and later write to) any
    // SQLite file, and a foreign or newer file must stay byte-identical.
    QFile file(m_path);
    if (!file.exists() || file.size() == 0)
        return;
    if (!file.open(QIODevice::ReadOnly))
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot read %1: %2").arg(m_path, file.errorString()));
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        throw StorageError(
            StorageError::Kind::NotCinereg,
            tr("%1 is not a cinereg register (not an SQLite database).").arg(m_path));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + ApplicationIdOffset);
    const quint32 userVersion = qFromBigEndian<quint32>(bytes + UserVersionOffset);
    // Application id and version both 0: a new file another program is creating right now
    // (its schema, checked next on a read-only connection, must then be empty).
    const bool beingCreated = applicationId == 0 && userVersion == 0;
    if (applicationId != ApplicationId && !beingCreated)
        throw StorageError(StorageError::Kind::NotCinereg,
                           tr("%1 is an SQLite database but not a cinereg register.").arg(m_path));
    if (userVersion > quint32(SchemaVersion))
        throw StorageError(StorageError::Kind::NewerVersion,
                           tr("%1 was written by a newer version of cinereg (format %2; this "
                              "program reads up to %3). Update the program.")
                               .arg(m_path)
                               .arg(userVersion)
                               .arg(SchemaVersion));
}

void Database::configure()
{
    // Touch the schema first: a damaged file fails here, before any pragma could write.
    run(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    run(QStringLiteral("PRAGMA foreign_keys = ON"));
    switchToWal(*this);
    run(QStringLiteral("PRAGMA synchronous = NORMAL"));
    // Statement journals (each savepoint's copy of the pages it changes: one savepoint per row of
    // an import) and temporary sorts stay in memory instead of a temporary file: an import of
    // 4,000 rights wrote that file 200,000 times.
    run(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

int Database::userVersion() const
{
    QSqlQuery q = run(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return version;
}

namespace {
// A step re-run over a file that already has its column (a file whose version was set back by
// hand) adds nothing: SQLite has no ADD COLUMN IF NOT EXISTS.
bool addsExistingColumnOf(const Database& db, const QString& statement)
{
    static const QRegularExpression addColumn(
        QStringLiteral("^\\s*ALTER TABLE (\\w+) ADD COLUMN (\\w+)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = addColumn.match(statement);
    return m.hasMatch() &&
           db.run(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"),
                  {m.captured(1), m.captured(2)})
               .next();
}
} // namespace

void Database::migrate()
{
    m_schemaVersionFound = userVersion();
    if (m_schemaVersionFound >= SchemaVersion)
        return;
    Transaction tx(*this);
    // Read again under the write lock: another program may have created or migrated the file
    // since (two programs opening a new register at once).
    const int version = userVersion();
    m_schemaVersionFound = version;
    if (version >= SchemaVersion)
        return;
    if (version == 0) {
        run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        HeadWitness::forget(m_path); // a new register at a path where one was deleted
    }
    for (int step = version + 1; step <= SchemaVersion; ++step) {
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << step;
        for (const QString& statement : Schema::migrationTo(step))
            if (!addsExistingColumnOf(*this, statement))
                run(statement);
    }
    // Derived tables are filled from what the file already holds, in the same transaction.
    if (StandingStore(*this).needsRebuild())
        StandingStore(*this).rebuildAll();
    if (version > 0 && version < YearlyCountsStep)
        YearlyCountsStore(*this).rebuildAll(); // the step that creates the counts
    run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    // Steps may reshape tables: the seal is recomputed from every row, in the same transaction.
    const RegisterSeal seal(*this);
    seal.captureChanges();
    seal.reseal();
    tx.commit();
    if (m_statements)
        m_statements->clear(); // prepared before the new schema
    // The header check of every later opener reads the main file before SQLite does: the new
    // application id and version must be there, not only in the write-ahead log.
    run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QSqlQuery Database::run(const QString& sql, const QVariantList& params) const
{
    if (m_statements) {
        QSqlError error;
        QSqlQuery query = m_statements->run(connection().driver(), sql, params, error);
        if (error.isValid()) {
            qCWarning(lcStore) << "query failed:" << sql << error.text();
            throw failure(error);
        }
        return query;
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // Without parameters, the statement is sent as it is: PostgreSQL prepares no DDL nor DO block.
    const bool ok = params.isEmpty() ? query.exec(sql) : [&] {
        if (!query.prepare(sql))
            return false;
        for (const QVariant& p : params)
            query.addBindValue(p);
        return query.exec();
    }();
    if (!ok) {
        qCWarning(lcStore) << "query failed:" << sql << query.lastError().text();
        throw failure(query.lastError());
    }
    return query;
}

qint64 Database::insertedId(const QSqlQuery& insert) const
{
    if (!m_dialect.isServer())
        return insert.lastInsertId().toLongLong();
    // The table's identity sequence, as this session's insert left it (lastval() would answer
    // for whatever sequence a trigger advanced last).
    static const QRegularExpression into(QStringLiteral("^\\s*INSERT\\s+INTO\\s+(\\w+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch table = into.match(insert.lastQuery());
    if (!table.hasMatch())
        return 0;
    QSqlQuery q =
        run(QStringLiteral("SELECT currval(pg_get_serial_sequence(?, 'id'))"), {table.captured(1)});
    return q.next() ? q.value(0).toLongLong() : 0;
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    try {
        m_db.run(m_db.dialect().beginWrite());
    } catch (const StorageError& e) {
        if (e.kind() == StorageError::Kind::Locked)
            throw StorageError(StorageError::Kind::Locked,
                               Database::tr("The register is locked by another user; try again."));
        throw;
    }
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            m_db.run(QStringLiteral("ROLLBACK"));
        } catch (const StorageError&) {
            // Nothing more can be done: SQLite rolls back itself when the connection closes.
        }
    }
}

void Transaction::commit()
{
    if (m_db.isSealing())
        RegisterSeal(m_db).fold();
    // On a server, the other workstations' change feeds hear of this write exactly when it is
    // committed (a notification sent in a transaction is delivered at its commit, never if it
    // rolls back).
    if (m_db.dialect().isServer())
        m_db.run(QStringLiteral("NOTIFY %1").arg(QLatin1String(Database::ChangeChannel)));
    m_db.run(QStringLiteral("COMMIT"));
    m_open = false;
    if (m_db.dialect().isServer())
        m_db.m_seenAuditHead = m_db.auditHead();
    HeadWitness::record(m_db);
    m_db.committed();
}

qint64 Database::dataVersion() const
{
    if (m_dialect.isServer()) {
        // Every committed write appends to the audit trail: a head this connection did not write
        // itself is another workstation's change (as SQLite's data_version counts only other
        // connections' commits).
        const qint64 head = auditHead();
        if (head != m_seenAuditHead) {
            m_seenAuditHead = head;
            ++m_otherCommits;
        }
        return m_otherCommits;
    }
    QSqlQuery q = run(QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

void retryingConflicts(const std::function<void()>& attempt, const std::function<void()>& undo)
{
    constexpr int Attempts = 8;
    for (int n = 1;; ++n) {
        try {
            attempt();
            return;
        } catch (const StorageError& e) {
            if (e.kind() != StorageError::Kind::Conflict || n == Attempts)
                throw;
        }
        if (undo)
            undo();
        QThread::msleep(QRandomGenerator::global()->bounded(5, 30 * n));
    }
}

QVariant sqlDate(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate dateFromSql(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant sqlText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString idArray(const QVector<qint64>& ids)
{
    QString out = QStringLiteral("[");
    for (int i = 0; i < ids.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QString::number(ids[i]);
    }
    return out + QLatin1Char(']');
}

} // namespace cinereg
