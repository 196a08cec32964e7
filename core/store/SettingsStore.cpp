#include "SettingsStore.h"

#include "LetterheadStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace cinereg {

Settings SettingsStore::load() const
{
    // The letterhead image shares the table but not the settings object (LetterheadStore).
    QSqlQuery q = m_db.run(QStringLiteral("SELECT key, value FROM settings WHERE key <> ?"),
                           {LetterheadStore::key()});
    QJsonObject json;
    while (q.next())
        json.insert(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8())
                                               .object()
                                               .value(QStringLiteral("v")));
    return Settings::fromJson(json);
}

void SettingsStore::save(const Settings& settings)
{
    const QJsonObject json = settings.toJson();
    for (auto it = json.begin(); it != json.end(); ++it) {
        // Each value is wrapped so that scalars and arrays share one JSON column type.
        const QString value =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("v"), it.value()}})
                                  .toJson(QJsonDocument::Compact));
        m_db.run(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                 {it.key(), value});
    }
}

} // namespace cinereg
