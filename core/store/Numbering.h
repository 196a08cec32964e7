#pragma once

#include "../Types.h"
#include "Database.h"

#include <QString>

namespace cinereg {

// One numbered series of the register: its counter (one per series and year) and the table whose
// numbers it must not repeat. Rights are numbered per kind and year of the decision, certificates
// per tier and year of issue, dossier receipts per year of receipt.
class NumberSeries
{
public:
    static NumberSeries rights(RightKind kind, int year, const QString& format);
    static NumberSeries certificates(RightKind tier, int year, const QString& format);
    static NumberSeries receipts(int year, const QString& format);

    QString counter() const { return m_counter; }
    // The official number of sequence `seq` in this series (formatNumber of the settings'
    // format; a certificate's number has no ':', the separator of its verification code).
    QString format(int seq) const;

private:
    enum class Table { Rights, Certificates, Applications };
    NumberSeries(QString counter, Table table, int year, QString format)
        : m_counter(std::move(counter)), m_table(table), m_year(year), m_format(std::move(format))
    {
    }
    friend class Numbering;

    QString m_counter;
    Table m_table;
    int m_year;
    QString m_format;
};

// The one place that hands out official numbers (rights, certificates, receipts, and the
// generator of demonstration registers). A number is allocated inside the caller's write
// transaction, so it is gap-free per series and year: a refusal or failure rolls the counter back
// with everything else, and no two commands ever get the same number. A number already present in
// the series' table (typed by hand, or restored) is skipped.
//
// How the engine makes that safe: on SQLite, the caller's BEGIN IMMEDIATE holds the one write
// lock of the file, so the read-increment-read below runs alone. A PostgreSQL backend keeps this
// interface and serialises the same steps per series instead of per register: either
// `SELECT pg_advisory_xact_lock(hashtext(counter))` before the upsert (released with the
// transaction, so a rollback frees it) or the row lock the upsert itself takes (`INSERT ... ON
// CONFLICT DO UPDATE ... RETURNING value` locks the counter's row until commit); two
// workstations numbering in the same series then wait for each other, and different series
// never do. Callers do not change.
class Numbering
{
public:
    // Only within a write transaction: the counter moves with the caller's other writes.
    explicit Numbering(const Transaction& tx) : m_db(tx.database()) {}

    struct Number
    {
        QString text;
        int seq = 0;
    };
    // The next free number of the series.
    Number next(const NumberSeries& series) const;
    // Gives back the sequences first..last allocated by a batch that was then abandoned (the
    // certificates were not printed), provided nobody numbered after them; otherwise they stay
    // used, as a gap is better than a number given twice.
    void release(const NumberSeries& series, int first, int last) const;

private:
    int advance(const QString& counter) const;
    bool taken(const NumberSeries& series, const QString& number) const;

    const Database& m_db;
};

} // namespace cinereg
