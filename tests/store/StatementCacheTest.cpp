// Database::run keeps each statement prepared (StatementCache): the values, bindings, errors and
// the lifetime of a query must be exactly those of Qt's SQLite driver, and a query given up
// half-read must not keep the connection on an old snapshot of the file.
#include "StorageError.h"
#include "store/Database.h"

#include <gtest/gtest.h>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cinereg;

namespace {
struct TwoConnections
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("r.cinereg"));
};

void makeTable(const Database& db)
{
    db.run(QStringLiteral("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)"));
    db.run(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)"),
           {qint64(1) << 40, 2.5, QStringLiteral("الرباط"), QByteArray("\0\1", 2)});
    db.run(QStringLiteral("INSERT INTO t VALUES (?, ?, ?, ?)"),
           {true, QVariant(), QString(), QVariant(QMetaType::fromType<QByteArray>())});
}
} // namespace

TEST(StatementCache, ValuesAndBindingsAreThoseOfQtsDriver)
{
    TwoConnections t;
    const Database db(t.path);
    makeTable(db);
    QSqlQuery q = db.run(QStringLiteral("SELECT i, r, s, b FROM t ORDER BY rowid"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).typeId(), QMetaType::LongLong);
    EXPECT_EQ(q.value(0).toLongLong(), qint64(1) << 40);
    EXPECT_EQ(q.value(1).typeId(), QMetaType::Double);
    EXPECT_DOUBLE_EQ(q.value(1).toDouble(), 2.5);
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("الرباط"));
    EXPECT_EQ(q.value(3).toByteArray(), QByteArray("\0\1", 2));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 1); // a bool binds as 1
    EXPECT_TRUE(q.value(1).isNull());
    EXPECT_TRUE(q.value(2).isNull()); // a null QString binds NULL
    EXPECT_TRUE(q.value(3).isNull());
    EXPECT_FALSE(q.next());
    EXPECT_FALSE(q.next());
}

TEST(StatementCache, TheSameSqlReadInsideItsOwnReadingGivesBothResults)
{
    TwoConnections t;
    const Database db(t.path);
    makeTable(db);
    const QString sql = QStringLiteral("SELECT s FROM t WHERE i = ?");
    const QString byRow = QStringLiteral("SELECT i FROM t ORDER BY rowid");
    QSqlQuery outer = db.run(byRow);
    QStringList seen;
    while (outer.next()) {
        QSqlQuery inner = db.run(byRow); // the statement of `outer` is busy: a fresh one
        ASSERT_TRUE(inner.next());
        EXPECT_EQ(inner.value(0).toLongLong(), qint64(1) << 40);
        QSqlQuery s = db.run(sql, {outer.value(0)});
        ASSERT_TRUE(s.next());
        seen.append(s.value(0).toString());
    }
    EXPECT_EQ(seen, (QStringList{QStringLiteral("الرباط"), QString()}));
    // Reused after release, with new bindings.
    QSqlQuery again = db.run(sql, {qint64(1) << 40});
    ASSERT_TRUE(again.next());
    EXPECT_EQ(again.value(0).toString(), QStringLiteral("الرباط"));
}

TEST(StatementCache, AQueryGivenUpHalfReadKeepsNoOldSnapshot)
{
    TwoConnections t;
    const Database first(t.path);
    makeTable(first);
    const QString count = QStringLiteral("SELECT count(*) FROM t");
    {
        QSqlQuery q = first.run(QStringLiteral("SELECT i FROM t ORDER BY rowid"));
        ASSERT_TRUE(q.next()); // one row of two, then given up
    }
    EXPECT_EQ(first.run(count).next() ? 1 : 0, 1);
    const Database second(t.path);
    second.run(QStringLiteral("INSERT INTO t (i) VALUES (3)"));
    QSqlQuery q = first.run(count);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toLongLong(), 3);
}

TEST(StatementCache, ErrorsAreThrownAndTheStatementServesAgain)
{
    TwoConnections t;
    const Database db(t.path);
    db.run(QStringLiteral("CREATE TABLE u (k TEXT UNIQUE NOT NULL)"));
    const QString insert = QStringLiteral("INSERT INTO u (k) VALUES (?)");
    QSqlQuery first = db.run(insert, {QStringLiteral("a")});
    EXPECT_EQ(first.numRowsAffected(), 1);
    EXPECT_EQ(first.lastInsertId().toLongLong(), 1);
    EXPECT_THROW(db.run(insert, {QStringLiteral("a")}), StorageError);
    EXPECT_THROW(db.run(insert, {QVariant(QMetaType::fromType<QString>())}), StorageError);
    EXPECT_THROW(db.run(insert), StorageError); // parameter count
    EXPECT_THROW(db.run(QStringLiteral("SELECT * FROM nowhere")), StorageError);
    EXPECT_THROW(db.run(QStringLiteral("SELECT 1; SELECT 2")), StorageError);
    QSqlQuery second = db.run(insert, {QStringLiteral("b")});
    EXPECT_EQ(second.lastInsertId().toLongLong(), 2);
    QSqlQuery all = db.run(QStringLiteral("SELECT count(*) FROM u"));
    ASSERT_TRUE(all.next());
    EXPECT_EQ(all.value(0).toLongLong(), 2);
}

TEST(StatementCache, AQueryOutlivingItsRegisterReadsNothingAndTheFileCloses)
{
    TwoConnections t;
    QSqlQuery kept;
    {
        const Database db(t.path);
        makeTable(db);
        kept = db.run(QStringLiteral("SELECT i FROM t"));
        ASSERT_TRUE(kept.next());
    }
    EXPECT_FALSE(kept.next());
    // The connection was really closed: the write-ahead log was folded back and removed.
    EXPECT_FALSE(QFile::exists(t.path + QStringLiteral("-wal")));
}

TEST(StatementCache, ASchemaChangeIsSeenByTheStatementsPreparedBefore)
{
    TwoConnections t;
    const Database db(t.path);
    makeTable(db);
    const QString all = QStringLiteral("SELECT * FROM t LIMIT 1");
    {
        QSqlQuery q = db.run(all);
        ASSERT_TRUE(q.next());
        EXPECT_TRUE(q.value(4).isNull() && !q.value(4).isValid());
    }
    const Database other(t.path);
    other.run(QStringLiteral("ALTER TABLE t ADD COLUMN extra TEXT DEFAULT 'x'"));
    QSqlQuery q = db.run(all);
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(4).toString(), QStringLiteral("x"));
}
