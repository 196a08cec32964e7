#pragma once

#include "SqlDialect.h"

#include <functional>
#include <memory>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVector>

namespace cinereg {

class HeadSigner;
class StatementCache;

// One open cinereg register: a file (SQLite) or a database on a PostgreSQL server, named by
// `postgresql://[USER@]HOST[:PORT]/DBNAME` (the password from PGPASSWORD or ~/.pgpass, through
// libpq). Opening refuses, without writing a byte, a file that is not a cinereg database, comes
// from a newer version or is damaged, and a server database that holds something else or a newer
// schema; a new or empty one is created (a file readable by its owner only) and migrated. All SQL
// of the program lives in this folder.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = 9;
    static constexpr int YearlyCountsStep = 8; // the step that adds the statistics' counts
    static constexpr quint32 ApplicationId = 0x43434D52; // "CCMR"

    // Throws StorageError. `signer` signs the seal of every write, including a migration's.
    explicit Database(const QString& path, std::shared_ptr<const HeadSigner> signer = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // The file the window and the CLI open when none is named.
    static QString defaultPath();

    QString path() const { return m_path; }
    // True for an address the constructor opens on a PostgreSQL server.
    static bool isServerAddress(const QString& path);
    // The password for `address` when libpq finds none (PGPASSWORD, ~/.pgpass): kept in this
    // process's memory for its later connections, never written anywhere.
    static void setSessionPassword(const QString& address, const QString& password);
    // Opens the QPSQL connection `connectionName` to `address` (already checked), in UTC and
    // UTF-8; throws StorageError (Kind::PasswordRequired when the server wants a password).
    static void connectServer(const QString& address, const QString& connectionName);
    // Whether `address` accepts a connection now (a throwaway one; any thread).
    static bool canConnect(const QString& address);
    // The NOTIFY channel every committed write on a server announces itself on (ServerListener).
    static constexpr const char* ChangeChannel = "cinereg_changes";
    // On a server: the connection closed and opened again (after the server was lost); throws
    // StorageError while it cannot be reached. Nothing for a file.
    void reconnect();
    // Whether the connection answers a trivial query now.
    bool isReachable() const;
    Engine engine() const { return m_dialect.engine(); }
    const SqlDialect& dialect() const { return m_dialect; }
    // On a server, the login the server authenticated (session_user): the name recorded with
    // every change. Empty for a file.
    QString serverLogin() const { return m_serverLogin; }
    // The id of the row the query just inserted (a table with an `id` column).
    qint64 insertedId(const QSqlQuery& insert) const;
    // The schema version the file had when opened: 0 for a register created by this opening,
    // below SchemaVersion for one this opening migrated.
    int schemaVersionFound() const { return m_schemaVersionFound; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }

    // Prepares, binds positional parameters and executes; throws StorageError on failure. On
    // SQLite, statements are prepared once per connection and kept by their SQL text
    // (StatementCache).
    QSqlQuery run(const QString& sql, const QVariantList& params = {}) const;

    // Signs the register's seal at each commit (see RegisterSeal); none: the seal is unsigned.
    const HeadSigner* headSigner() const { return m_signer.get(); }
    bool isSealing() const { return m_sealing; }
    // Called after each committed transaction of this connection (the register's ChangeFeed).
    void setCommitListener(std::function<void()> listener) { m_afterCommit = std::move(listener); }
    void committed() const
    {
        if (m_afterCommit)
            m_afterCommit();
    }
    // SQLite's PRAGMA data_version: changes when another connection commits to the file.
    qint64 dataVersion() const;

private:
    void openServer();
    void migrateServer();
    int serverSchemaVersion() const;
    qint64 auditHead() const;
    friend class Transaction;
    void createPrivately() const;
    void checkHeaderBeforeOpening() const;
    void checkBeforeWriting() const;
    void configure();
    void migrate();
    int userVersion() const;
    void closeConnection();

    QString m_path;
    QString m_connectionName;
    SqlDialect m_dialect{Engine::SQLite};
    QString m_serverLogin;
    mutable qint64 m_seenAuditHead = -1; // server: the audit head last seen (dataVersion)
    mutable qint64 m_otherCommits = 0;
    std::shared_ptr<const HeadSigner> m_signer;
    bool m_sealing = false;
    int m_schemaVersionFound = SchemaVersion;
    std::function<void()> m_afterCommit;
    std::unique_ptr<StatementCache> m_statements; // none for other drivers than SQLite's
};

// A write transaction: on a file, BEGIN IMMEDIATE takes the write lock at once (so two clerks
// never deadlock half-way); on a server, SERIALIZABLE (a command whose reads another workstation
// changed meanwhile fails with StorageError::Kind::Conflict and is run again by its caller).
// Anything not committed is rolled back, so a refusal or a failure writes nothing.
class Transaction
{
public:
    explicit Transaction(const Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();
    const Database& database() const { return m_db; }

private:
    const Database& m_db;
    bool m_open = true;
};

// Runs `attempt` (one whole write transaction) again when the server reports that another
// workstation's transaction conflicted with it (StorageError::Kind::Conflict), up to 8 times
// with a short random pause; `undo` first restores what the failed attempt changed in the
// caller's memory. For commands made of several transactions, whose first ones are committed
// when a later one conflicts (the CLI runs single-transaction commands again as a whole).
void retryingConflicts(const std::function<void()>& attempt,
                       const std::function<void()>& undo = {});

// Dates are stored as ISO text, NULL for none.
QVariant sqlDate(QDate date);
QDate dateFromSql(const QVariant& value);
QVariant sqlText(const QString& text); // NULL for an empty string
// A list of ids as one JSON parameter, for "id IN (SELECT value FROM json_each(?))": Qt's SQLite
// driver binds thousands of separate parameters in quadratic time.
QString idArray(const QVector<qint64>& ids);

} // namespace cinereg
