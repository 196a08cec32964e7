#include "Database.h"

#include "../StorageError.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QStandardPaths>
#include <QtEndian>

Q_LOGGING_CATEGORY(lcStore, "cinereg.store", QtWarningMsg)

namespace cinereg {

namespace {
QAtomicInt connectionCounter;

constexpr int HeaderSize = 100;
constexpr int UserVersionOffset = 60;
constexpr int ApplicationIdOffset = 68;

StorageError::Kind kindOf(const QSqlError& error)
{
    const int code = error.nativeErrorCode().toInt();
    switch (code & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return StorageError::Kind::Locked;
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return StorageError::Kind::Corrupt;
    case 14: // SQLITE_CANTOPEN
        return StorageError::Kind::CannotOpen;
    default:
        return StorageError::Kind::QueryFailed;
    }
}
} // namespace

Database::Database(const QString& path)
    : m_path(path),
      m_connectionName(QStringLiteral("cinereg-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
    checkHeaderBeforeOpening();
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        throw StorageError(StorageError::Kind::CannotOpen,
                           tr("Cannot create the folder %1.").arg(info.absolutePath()));

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
    try {
        configure();
        migrate();
    } catch (...) {
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
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
    if (applicationId != ApplicationId)
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
    QSqlQuery mode = run(QStringLiteral("PRAGMA journal_mode"));
    const QString journal = mode.next() ? mode.value(0).toString() : QString();
    mode.finish(); // an unfinished statement would count as an open transaction
    if (journal.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        run(QStringLiteral("PRAGMA journal_mode = WAL"));
    run(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void Database::migrate()
{
    QSqlQuery q = run(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    m_schemaVersionFound = version;
    if (version >= SchemaVersion)
        return;
    Transaction tx(*this);
    if (version == 0)
        run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
    for (int step = version + 1; step <= SchemaVersion; ++step) {
        qCInfo(lcStore) << "migrating" << m_path << "to schema" << step;
        for (const QString& statement : Schema::migrationTo(step))
            run(statement);
    }
    run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion));
    tx.commit();
    // The header check of every later opener reads the main file before SQLite does: the new
    // application id and version must be there, not only in the write-ahead log.
    run(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QSqlQuery Database::run(const QString& sql, const QVariantList& params) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        throw StorageError(kindOf(query.lastError()),
                           tr("Database error: %1").arg(query.lastError().text()));
    for (const QVariant& p : params)
        query.addBindValue(p);
    if (!query.exec()) {
        qCWarning(lcStore) << "query failed:" << sql << query.lastError().text();
        throw StorageError(kindOf(query.lastError()),
                           tr("Database error: %1").arg(query.lastError().text()));
    }
    return query;
}

Transaction::Transaction(const Database& db) : m_db(db)
{
    try {
        m_db.run(QStringLiteral("BEGIN IMMEDIATE"));
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
    m_db.run(QStringLiteral("COMMIT"));
    m_open = false;
    m_db.committed();
}

qint64 Database::dataVersion() const
{
    QSqlQuery q = run(QStringLiteral("PRAGMA data_version"));
    return q.next() ? q.value(0).toLongLong() : 0;
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
