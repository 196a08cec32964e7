#include "LetterheadStore.h"

#include <QSqlQuery>

namespace cinereg {

QByteArray LetterheadStore::load() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key()});
    return q.next() ? QByteArray::fromBase64(q.value(0).toString().toLatin1()) : QByteArray();
}

void LetterheadStore::save(const QByteArray& png)
{
    m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                            "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
             {key(), QString::fromLatin1(png.toBase64())});
}

void LetterheadStore::remove()
{
    m_db.run(QStringLiteral("DELETE FROM settings WHERE key = ?"), {key()});
}

} // namespace cinereg
