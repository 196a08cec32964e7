#pragma once

#include "Database.h"

#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

namespace cinereg {

// The statistics' yearly counts (schema step 8, table yearly_counts): per calendar year, the
// decisions taking effect by type (`grant`, `renew`, `suspend`, `reinstate`, `revoke`), the
// companies whose first authorization ever starts (`entrant`) and the productions whose
// shooting starts (`national-production`, `foreign-production`). The schema's triggers keep them
// in the transaction of every write; this class fills them from the register's rows (after the
// migration that creates the table, after a register copy) and compares the two for `check`.
class YearlyCountsStore
{
public:
    explicit YearlyCountsStore(const Database& db) : m_db(db) {}

    using Counts = QMap<QPair<int, QString>, qint64>; // (year, event) -> count, none zero

    Counts stored() const;
    Counts computed() const; // from the decisions, rights and productions themselves
    void rebuildAll() const; // replaces the stored counts by the computed ones

    struct Mismatch
    {
        int year = 0;
        QString event;
        qint64 stored = 0;
        qint64 computed = 0;
    };
    QVector<Mismatch> mismatches() const;

private:
    const Database& m_db;
};

} // namespace cinereg
