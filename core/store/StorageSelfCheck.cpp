#include "StorageSelfCheck.h"

#include <QSqlQuery>

namespace cinereg {

QVector<StorageSelfCheck::Finding> StorageSelfCheck::run() const
{
    QVector<Finding> out;
    // A server keeps its own pages, and enforces its foreign keys on every write (no session can
    // turn them off, unlike SQLite's PRAGMA foreign_keys).
    if (m_db.dialect().isServer())
        return out;
    QSqlQuery integrity = m_db.run(QStringLiteral("PRAGMA integrity_check"));
    while (integrity.next()) {
        const QString line = integrity.value(0).toString();
        if (line != QLatin1String("ok"))
            out.append({Finding::Damage, line, {}, {}, {}});
    }
    QSqlQuery keys = m_db.run(QStringLiteral("PRAGMA foreign_key_check"));
    while (keys.next())
        out.append({Finding::DanglingReference,
                    {},
                    keys.value(0).toString(),
                    keys.value(1).toString(),
                    keys.value(2).toString()});
    return out;
}

} // namespace cinereg
