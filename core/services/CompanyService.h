#pragma once

#include "../Company.h"
#include "../CompanyQuery.h"
#include "../Refusal.h"
#include "../Standing.h"
#include "../Types.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class AuditLog;
class Register;
class Transaction;
struct CompanyIdentifiers;

// How a company stands on a day: its authorization and each accreditation tier (nullopt where
// it holds no such right).
struct CompanyStanding
{
    std::optional<Standing> authorization;
    std::optional<Standing> national;
    std::optional<Standing> international;

    std::optional<Standing> standing(RightKind kind) const;
    // The effective status lists and filters use (Standing::effectiveStatus).
    std::optional<RightStatus> of(RightKind kind) const;
};

struct CompanyListEntry
{
    CompanySummary company;
    CompanyStanding standing;
};

struct CompanyListQuery
{
    CompanyFilter filter;
    QDate on;                          // null: today
    std::optional<RightKind> tier;     // only companies holding this tier...
    std::optional<RightStatus> status; // ...(or the authorization) with this status on `on`
};

class CompanyService
{
    Q_DECLARE_TR_FUNCTIONS(CompanyService)

public:
    explicit CompanyService(const Register& reg) : m_reg(reg) {}

    // Every problem of the record (format, settings, uniqueness), one per field; empty: valid.
    QVector<Refusal> validate(const Company& company) const;
    Outcome<qint64> add(const Company& company) const;
    // The same registration inside the caller's open transaction (an import writes every row in
    // one); nothing is committed here.
    Outcome<qint64> addWithin(const Transaction& open, const Company& company) const;
    Check edit(const Company& company) const; // company.id names the record

    std::optional<Company> find(qint64 id) const;
    QVector<CompanyListEntry> list(const CompanyListQuery& query) const;
    int count(const CompanyFilter& filter) const;
    // How many rows list(query) gives without its limit: one SQL count, the standing periods'
    // index included, so a tier or status filter pages like any other.
    int countListed(const CompanyListQuery& query) const;
    QVector<CompanyListEntry> withStanding(const QVector<CompanySummary>& companies,
                                           QDate on) const;
    QStringList cities() const;
    QVector<CompanySummary> summaries(const QVector<qint64>& ids) const;

private:
    // validate() and addWithin() in their steps, so that CompanyBatch (an import) runs the
    // same checks and writes against identifiers it holds in memory.
    friend class CompanyBatch;
    // Every problem of a record already normalized; `known` answers who holds an ICE or RC.
    QVector<Refusal> problemsOf(const Company& normalized, const CompanyIdentifiers& known) const;
    CompanyIdentifiers holdersOf(const Company& company) const; // asked of the store
    enum class SearchIndex { Now, Deferred };                   // as CompanyStore::insert
    qint64 insert(const Company& normalized, AuditLog& audit, SearchIndex index) const;
    // The audit entry of a company registered (its id set) at `at`.
    void auditRegistered(AuditLog& audit, const Company& company, const QDateTime& at) const;
    const Register& m_reg;
};

} // namespace cinereg
