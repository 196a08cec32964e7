// Opening files: fresh, migrated, and the ones that must be refused and left byte-identical.
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "StorageError.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cinereg;
using namespace cinereg::test;

namespace {
QByteArray bytesOf(const QString& path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

// Runs SQL on a file through a plain connection, as a foreign program would.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& s : statements) {
            QSqlQuery q(db);
            ASSERT_TRUE(q.exec(s)) << s.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

StorageError::Kind openKind(const QString& path)
{
    try {
        Database db(path);
    } catch (const StorageError& e) {
        return e.kind();
    }
    return StorageError::Kind::QueryFailed; // "opened": the tests never expect this value
}

qint64 pragma(const Database& db, const char* name)
{
    QSqlQuery q = db.run(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name)));
    return q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

TEST(Store, FreshFileIsACineregRegister)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.cinereg"));
    Database db(path);
    EXPECT_EQ(pragma(db, "application_id"), qint64(Database::ApplicationId));
    EXPECT_EQ(pragma(db, "user_version"), Database::SchemaVersion);
    EXPECT_EQ(pragma(db, "foreign_keys"), 1);
    QSqlQuery mode = db.run(QStringLiteral("PRAGMA journal_mode"));
    ASSERT_TRUE(mode.next());
    EXPECT_EQ(mode.value(0).toString(), QStringLiteral("wal"));
}

TEST(Store, DataSurvivesReopening)
{
    TempRegister t;
    const qint64 id = t.reg().companies().add(sampleCompany(3)).value();
    t.reopen();
    ASSERT_TRUE(t.reg().companies().find(id).has_value());
    EXPECT_EQ(t.reg().companies().find(id)->ice, validIce(3));
}

// Port 1 of the loopback address: no server answers there.
TEST(Store, AnUnreachableServerIsACannotOpenAndNoLocalFileIsMadeOfIt)
{
    QTemporaryDir dir;
    const QString before = QDir::currentPath();
    ASSERT_TRUE(QDir::setCurrent(dir.path()));
    try {
        Database db(QStringLiteral("postgresql://clerk@127.0.0.1:1/cinereg"));
        ADD_FAILURE() << "an unreachable server was opened";
    } catch (const StorageError& e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::CannotOpen);
        EXPECT_TRUE(e.message().contains(QStringLiteral("postgresql://clerk@127.0.0.1:1/cinereg")))
            << qPrintable(e.message());
    }
    for (const QString& malformed :
         {QStringLiteral("postgresql://clerk:secret@127.0.0.1:1/cinereg"),
          QStringLiteral("postgresql://127.0.0.1:1/"), QStringLiteral("mysql://host/db")}) {
        try {
            Database db(malformed);
            ADD_FAILURE() << "opened " << qPrintable(malformed);
        } catch (const StorageError& e) {
            EXPECT_EQ(e.kind(), StorageError::Kind::CannotOpen) << qPrintable(malformed);
            EXPECT_TRUE(e.message().contains(QStringLiteral("PGPASSWORD")))
                << "a password in the address is refused, and the message says where it goes: "
                << qPrintable(e.message());
        }
    }
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty())
        << "nothing written where the address would have been taken for a path";
    QDir::setCurrent(before);
}

TEST(Store, ATextFileIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cinereg"));
    writeFile(path, QByteArray("Liste des sociétés\n").repeated(20));
    const QByteArray before = bytesOf(path);
    EXPECT_EQ(openKind(path), StorageError::Kind::NotCinereg);
    EXPECT_EQ(bytesOf(path), before);
}

TEST(Store, AForeignSqliteDatabaseIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    rawSql(path,
           {QStringLiteral("CREATE TABLE t (x)"), QStringLiteral("INSERT INTO t VALUES (1)")});
    const QByteArray before = bytesOf(path);
    EXPECT_EQ(openKind(path), StorageError::Kind::NotCinereg);
    EXPECT_EQ(bytesOf(path), before);
}

TEST(Store, AFileFromANewerVersionIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.cinereg"));
    {
        Database db(path);
    }
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                  QStringLiteral("PRAGMA user_version = 99")});
    const QByteArray before = bytesOf(path);
    EXPECT_EQ(openKind(path), StorageError::Kind::NewerVersion);
    EXPECT_EQ(bytesOf(path), before);
}

TEST(Store, ACorruptFileIsRefusedAndUntouched)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.cinereg"));
    {
        TempRegister t;
        t.reg().companies().add(sampleCompany(1));
    }
    {
        Database db(path);
    }
    rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
    QByteArray data = bytesOf(path);
    ASSERT_GT(data.size(), 4096);
    for (int i = 100; i < data.size(); ++i) // keep the header, garble every page
        data[i] = char(0xA5 ^ (i & 0xff));
    writeFile(path, data);
    const QByteArray before = bytesOf(path);
    EXPECT_EQ(openKind(path), StorageError::Kind::Corrupt);
    EXPECT_EQ(bytesOf(path), before);
}

TEST(Store, MigrationRunsOnceAndReopeningChangesNothing)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.cinereg"));
    {
        Database db(path);
    }
    Database again(path);
    EXPECT_EQ(pragma(again, "user_version"), Database::SchemaVersion);
    QSqlQuery q =
        again.run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'companies'"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
}

TEST(Store, DecisionsAndAuditAreAppendOnly)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    ASSERT_TRUE(t.reg().rights().grant(
        company, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2026, 1, 1), {}}));
    const Database& db = StoreAccess::of(t.reg());
    EXPECT_THROW(db.run(QStringLiteral("UPDATE decisions SET reason = 'x'")), StorageError);
    EXPECT_THROW(db.run(QStringLiteral("DELETE FROM decisions")), StorageError);
    EXPECT_THROW(db.run(QStringLiteral("DELETE FROM audit")), StorageError);
    EXPECT_THROW(db.run(QStringLiteral("INSERT INTO companies (name) VALUES ('no ice')")),
                 StorageError);
}

TEST(Store, AFailedTransactionLeavesNothing)
{
    TempRegister t;
    const Database& db = StoreAccess::of(t.reg());
    {
        Transaction tx(db);
        db.run(QStringLiteral("INSERT INTO counters (name, value) VALUES ('x', 1)"));
        // no commit: an exception or a refusal leaves the scope here
    }
    QSqlQuery q = db.run(QStringLiteral("SELECT count(*) FROM counters"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 0);
}

TEST(Store, ASecondConnectionOpensAFileJustCreatedByTheFirst)
{
    // Another workstation (or the dashboard's reader) opens the file while the creator still
    // holds it: the header check must find the register's id in the main file, not in the WAL.
    TempRegister t;
    t.reg().companies().add(sampleCompany(1));
    EXPECT_NO_THROW(Database(t.path()));
}

TEST(Store, AVersionOneFileMigratesForwardKeepingItsData)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cinereg"));
    QStringList v1 = Schema::migrationTo(1);
    v1.prepend(QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId));
    v1.append(QStringLiteral("INSERT INTO settings (key, value) VALUES ('probe', 'kept')"));
    v1.append(QStringLiteral("PRAGMA user_version = 1"));
    rawSql(path, v1);
    Database db(path);
    EXPECT_EQ(pragma(db, "user_version"), Database::SchemaVersion);
    QSqlQuery kept = db.run(QStringLiteral("SELECT value FROM settings WHERE key = 'probe'"));
    ASSERT_TRUE(kept.next());
    EXPECT_EQ(kept.value(0).toString(), QStringLiteral("kept"));
    QSqlQuery added =
        db.run(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'certificates'"));
    ASSERT_TRUE(added.next());
    EXPECT_EQ(added.value(0).toInt(), 1);
}
