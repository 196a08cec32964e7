#pragma once

#include "../Production.h"
#include "Database.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QVector>

namespace cinereg {

class ProductionStore
{
public:
    explicit ProductionStore(const Database& db) : m_db(db) {}

    qint64 insert(const Production& production, const QString& user, const QDateTime& at);
    QVector<Production> list(const ProductionFilter& filter) const;
    // The last shooting day of each company's most recent production.
    QHash<qint64, QDate> lastShootingDays() const;

private:
    const Database& m_db;
};

} // namespace cinereg
