#pragma once

#include "Database.h"

#include <memory>
#include <QByteArrayView>
#include <QDate>

namespace cinereg {

// Reads the rows of one query through SQLite's C API: the statistics read every right, decision
// and production of the register (hundreds of thousands of rows at 100,000 companies), and
// QSqlQuery's QVariant for each value costs several times SQLite's own work. Falls back to
// QSqlQuery when the connection is not SQLite. Values are read from the current row; text
// columns hold ISO dates or small integers here, so nothing is copied.
class RowScan
{
public:
    RowScan(const Database& db, const QString& sql,
            const QVariantList& params = {}); // throws StorageError
    ~RowScan();
    RowScan(const RowScan&) = delete;
    RowScan& operator=(const RowScan&) = delete;

    bool next();
    qint64 integer(int column) const;
    QDate date(int column) const; // an ISO date column; null for NULL or malformed
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until next(): to compare with the previous row's without
    // making a QString of each.
    QByteArrayView bytes(int column) const;

private:
    struct Native;
    std::unique_ptr<Native> m_native;
    std::unique_ptr<QSqlQuery> m_query; // when the connection is not SQLite
    mutable QByteArray m_fallbackBytes;
};

} // namespace cinereg
