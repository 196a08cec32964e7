#include "SchemaConformity.h"

#include "../StorageError.h"
#include "Schema.h"

#include <QAtomicInt>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace cinereg {

namespace {
QAtomicInt replayCounter;

// type:name -> SQL text (NULL for automatic indexes, which only need to exist).
using SchemaObjects = QMap<QString, QString>;

// ANALYZE's statistics tables are created by SQLite itself and hold no rule.
const QString ObjectsSql =
    QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'");

SchemaObjects read(QSqlQuery& q)
{
    SchemaObjects objects;
    while (q.next())
        objects.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(),
                       q.value(2).toString());
    return objects;
}

SchemaObjects expectedObjects()
{
    const QString name =
        QStringLiteral("cinereg-schema-%1").arg(replayCounter.fetchAndAddRelaxed(1));
    SchemaObjects objects;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            throw StorageError(StorageError::Kind::QueryFailed, db.lastError().text());
        QSqlQuery q(db);
        for (int step = 1; step <= Database::SchemaVersion; ++step)
            for (const QString& statement : Schema::migrationTo(step))
                if (!q.exec(statement))
                    throw StorageError(StorageError::Kind::QueryFailed, q.lastError().text());
        q.exec(ObjectsSql);
        objects = read(q);
    }
    QSqlDatabase::removeDatabase(name);
    return objects;
}
} // namespace

QStringList SchemaConformity::findings() const
{
    // A server's schema is changed by its owner only (the clerks' role may not), and its own
    // refusals (triggers, privileges) are checked by the postgresql tests.
    if (m_db.dialect().isServer())
        return {};
    const SchemaObjects expected = expectedObjects();
    QSqlQuery q = m_db.run(ObjectsSql);
    const SchemaObjects actual = read(q);
    QStringList out;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const QString kind = it.key().section(QLatin1Char(':'), 0, 0);
        const QString name = it.key().section(QLatin1Char(':'), 1);
        if (!actual.contains(it.key()))
            out.append(tr("Schema object %2 (%1) is missing from the file: it was dropped "
                          "outside the program.")
                           .arg(kind, name));
        else if (actual.value(it.key()) != it.value())
            out.append(tr("Schema object %2 (%1) differs from the one this program creates: it "
                          "was altered outside the program.")
                           .arg(kind, name));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            out.append(tr("Schema object %2 (%1) was added to the file outside the program.")
                           .arg(it.key().section(QLatin1Char(':'), 0, 0),
                                it.key().section(QLatin1Char(':'), 1)));
    return out;
}

} // namespace cinereg
