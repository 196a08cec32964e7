#pragma once

#include "../Company.h"
#include "../CompanyQuery.h"
#include "Database.h"

#include <optional>
#include <QDateTime>
#include <QHash>
#include <QVector>

namespace cinereg {

// The identifiers that must stay unique among companies, read in one pass: an import checks
// each row against them in memory (and adds the rows it accepts) instead of querying per row.
struct CompanyIdentifiers
{
    QHash<QString, qint64> byIce;
    QHash<QString, qint64> byRc; // CompanyStore::rcKey(number, court)

    qint64 holderOfIce(const QString& ice) const { return byIce.value(ice); }
    qint64 holderOfRc(const QString& rcNumber, const QString& rcCourt) const;
    void add(qint64 id, const Company& company);
};

class CompanyStore
{
public:
    explicit CompanyStore(const Database& db) : m_db(db) {}

    // Whether insert() writes the company's search entries at once, or leaves them to one
    // index() call for many companies before the transaction commits (Deferred: an import).
    // SQLite's full-text tables write their pending entries out at each statement that opens a
    // statement journal (as every insert into companies does), so entries written row by row
    // between such statements cost a segment each; written together they cost a few.
    enum class Indexing { Now, Deferred };

    qint64 insert(const Company& company, const QString& user, const QDateTime& at,
                  Indexing search = Indexing::Now);
    // Companies whose ids the caller chose (BulkInsert::nextId: every one above the table's
    // largest, reserved under the write lock), with their memberships and search entries, in
    // multi-row statements; the seal records them by reading them back (SealPause). SQLite: the
    // write of a bulk import, the same rows insert() writes one by one.
    void insertAll(const QVector<Company>& companies, const QString& user, const QDateTime& at);
    // The search entries of these companies (their ids set), inserted with Indexing::Deferred.
    void index(const QVector<Company>& companies);
    void update(const Company& company);
    std::optional<Company> find(qint64 id) const;
    // The full records (as find() gives them) of these companies, in two sequential scans
    // (companies, then memberships) instead of two lookups per company: the export's reading.
    QHash<qint64, Company> records(const QVector<qint64>& ids) const;
    bool exists(qint64 id) const;
    // The company already holding this ICE, or RC number in this court (0 when none).
    qint64 idByIce(const QString& ice) const;
    qint64 idByRc(const QString& rcNumber, const QString& rcCourt) const;
    // Every company's ICE and RC, as idByIce/idByRc find them.
    CompanyIdentifiers identifiers() const;

    QVector<CompanySummary> list(const CompanyFilter& filter) const;
    // list() narrowed by one more SQL condition on `c.id` (e.g. StandingStore::condition).
    QVector<CompanySummary> listWhere(const CompanyFilter& filter, const QString& condition,
                                      const QVariantList& conditionParams) const;
    // The SQL and parameters list() runs (the benchmark runs it through the raw SQLite API).
    QString listQuery(const CompanyFilter& filter, QVariantList& params) const;
    int count(const CompanyFilter& filter) const;
    // count() narrowed as listWhere() is.
    int countWhere(const CompanyFilter& filter, const QString& condition,
                   const QVariantList& conditionParams) const;
    QVector<CompanySummary> summaries(const QVector<qint64>& ids) const;
    QStringList cities() const;

    static QString courtKey(const QString& court);
    // An RC number in a court as one key (the number, and the court as courtKey folds it).
    static QString rcKey(const QString& rcNumber, const QString& rcCourt);
    // Writes the search index of every company afresh (a register copied from another engine,
    // whose index is the engine's own).
    void reindexAll() const;

private:
    void saveMemberships(const Company& company);
    void index(const Company& company);
    QString orderClause(const CompanyFilter& filter) const;
    QString whereClause(const CompanyFilter& filter, QVariantList& params,
                        const QString& extraCondition = {}) const;

    const Database& m_db;
};

} // namespace cinereg
