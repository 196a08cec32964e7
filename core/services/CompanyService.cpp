#include "CompanyService.h"

#include "../CompanyValidator.h"
#include "../Effectiveness.h"
#include "../JsonExport.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/StandingStore.h"
#include "../store/StoreAccess.h"
#include "Register.h"

namespace cinereg {

std::optional<RightStatus> CompanyStanding::of(RightKind kind) const
{
    const std::optional<Standing> s = standing(kind);
    return s ? std::optional<RightStatus>(s->effectiveStatus()) : std::nullopt;
}

std::optional<Standing> CompanyStanding::standing(RightKind kind) const
{
    switch (kind) {
    case RightKind::Authorization:
        return authorization;
    case RightKind::National:
        return national;
    case RightKind::International:
        return international;
    }
    return std::nullopt;
}

QVector<Refusal> CompanyService::problemsOf(const Company& c, const CompanyIdentifiers& known) const
{
    QVector<Refusal> problems = CompanyValidator::validate(c, m_reg.settings());
    if (!c.ice.isEmpty()) {
        const qint64 holder = known.holderOfIce(c.ice);
        if (holder && holder != c.id)
            problems.append(
                {Rule::Duplicate, QStringLiteral("ice"),
                 tr("ICE %1 is already registered (company #%2).").arg(c.ice).arg(holder)});
    }
    if (!c.rcNumber.isEmpty() && !c.rcCourt.isEmpty()) {
        const qint64 holder = known.holderOfRc(c.rcNumber, c.rcCourt);
        if (holder && holder != c.id)
            problems.append({Rule::Duplicate, QStringLiteral("rc"),
                             tr("RC %1 at the court of %2 is already registered (company #%3).")
                                 .arg(c.rcNumber, c.rcCourt)
                                 .arg(holder)});
    }
    return problems;
}

CompanyIdentifiers CompanyService::holdersOf(const Company& c) const
{
    // The holders of this record's two identifiers, asked of the store one by one.
    const CompanyStore store(StoreAccess::of(m_reg));
    CompanyIdentifiers holders;
    if (!c.ice.isEmpty())
        if (const qint64 id = store.idByIce(c.ice))
            holders.byIce.insert(c.ice, id);
    if (!c.rcNumber.isEmpty() && !c.rcCourt.isEmpty())
        if (const qint64 id = store.idByRc(c.rcNumber, c.rcCourt))
            holders.byRc.insert(CompanyStore::rcKey(c.rcNumber, c.rcCourt), id);
    return holders;
}

QVector<Refusal> CompanyService::validate(const Company& raw) const
{
    const Company c = CompanyValidator::normalized(raw);
    return problemsOf(c, holdersOf(c));
}

Outcome<qint64> CompanyService::add(const Company& raw) const
{
    if (auto refusal = m_reg.require(Action::EditCompanies))
        return *refusal;
    Transaction tx(StoreAccess::of(m_reg));
    Outcome<qint64> added = addWithin(tx, raw);
    if (added)
        tx.commit();
    return added;
}

Outcome<qint64> CompanyService::addWithin(const Transaction&, const Company& raw) const
{
    Company c = CompanyValidator::normalized(raw);
    c.id = 0;
    const QVector<Refusal> problems = validate(c);
    if (!problems.isEmpty())
        return problems.front();
    AuditLog audit(StoreAccess::of(m_reg));
    return insert(c, audit, SearchIndex::Now);
}

qint64 CompanyService::insert(const Company& normalized, AuditLog& audit, SearchIndex index) const
{
    Company c = normalized;
    const QDateTime now = m_reg.clock().now();
    c.id = CompanyStore(StoreAccess::of(m_reg))
               .insert(c, m_reg.user(), now,
                       index == SearchIndex::Now ? CompanyStore::Indexing::Now
                                                 : CompanyStore::Indexing::Deferred);
    auditRegistered(audit, c, now);
    return c.id;
}

void CompanyService::auditRegistered(AuditLog& audit, const Company& c, const QDateTime& at) const
{
    audit.append({0, at, m_reg.user(), QStringLiteral("company"), c.id, QStringLiteral("register"),
                  JsonExport::company(c)});
}

Check CompanyService::edit(const Company& raw) const
{
    if (auto refusal = m_reg.require(Action::EditCompanies))
        return *refusal;
    const Company c = CompanyValidator::normalized(raw);
    Transaction tx(StoreAccess::of(m_reg));
    CompanyStore store(StoreAccess::of(m_reg));
    const std::optional<Company> before = store.find(c.id);
    if (!before)
        return Refusal{Rule::NotFound, QStringLiteral("id"), tr("No company #%1.").arg(c.id)};
    const QVector<Refusal> problems = validate(c);
    if (!problems.isEmpty())
        return problems.front();
    store.update(c);
    // Record what changed, old and new, so the history answers "who changed the ICE, when?".
    const QJsonObject oldJson = JsonExport::company(*before);
    const QJsonObject newJson = JsonExport::company(c);
    QJsonObject changes;
    for (auto it = newJson.begin(); it != newJson.end(); ++it)
        if (oldJson.value(it.key()) != it.value())
            changes.insert(it.key(), QJsonObject{{QStringLiteral("from"), oldJson.value(it.key())},
                                                 {QStringLiteral("to"), it.value()}});
    AuditLog(StoreAccess::of(m_reg))
        .append({0, m_reg.clock().now(), m_reg.user(), QStringLiteral("company"), c.id,
                 QStringLiteral("edit"), changes});
    tx.commit();
    return Done{};
}

std::optional<Company> CompanyService::find(qint64 id) const
{
    return CompanyStore(StoreAccess::of(m_reg)).find(id);
}

int CompanyService::count(const CompanyFilter& filter) const
{
    return CompanyStore(StoreAccess::of(m_reg)).count(filter);
}

int CompanyService::countListed(const CompanyListQuery& query) const
{
    const CompanyStore store(StoreAccess::of(m_reg));
    if (!query.tier && !query.status)
        return store.count(query.filter);
    const QDate on = query.on.isValid() ? query.on : m_reg.today();
    QVariantList params;
    const QString condition =
        StandingStore::condition(query.tier.value_or(RightKind::Authorization),
                                 query.status.value_or(RightStatus::Active), on, params);
    return store.countWhere(query.filter, condition, params);
}

QVector<CompanySummary> CompanyService::summaries(const QVector<qint64>& ids) const
{
    return CompanyStore(StoreAccess::of(m_reg)).summaries(ids);
}

QStringList CompanyService::cities() const
{
    return CompanyStore(StoreAccess::of(m_reg)).cities();
}

QVector<CompanyListEntry> CompanyService::withStanding(const QVector<CompanySummary>& companies,
                                                       QDate on) const
{
    QVector<qint64> ids;
    ids.reserve(companies.size());
    for (const CompanySummary& s : companies)
        ids.append(s.id);
    // The rows to show are already chosen (and paged) by SQL, the standing periods' index
    // included; their full standing, with its cause and date, is read from their histories.
    const QHash<qint64, CompanyRights> rights = RightStore(StoreAccess::of(m_reg)).ofCompanies(ids);
    QVector<CompanyListEntry> out;
    out.reserve(companies.size());
    for (const CompanySummary& s : companies) {
        const CompanyRights held = rights.value(s.id);
        CompanyStanding standing;
        standing.authorization = StandingRules::ofAuthorization(held.authorizations, on);
        standing.national =
            StandingRules::ofTier(held.ofTier(RightKind::National), held.authorizations, on);
        standing.international =
            StandingRules::ofTier(held.ofTier(RightKind::International), held.authorizations, on);
        out.append({s, standing});
    }
    return out;
}

QVector<CompanyListEntry> CompanyService::list(const CompanyListQuery& query) const
{
    const QDate on = query.on.isValid() ? query.on : m_reg.today();
    const CompanyStore store(StoreAccess::of(m_reg));
    if (!query.tier && !query.status)
        return withStanding(store.list(query.filter), on);
    // The status on `on` is a range query on the standing periods: filtered and paged in SQL.
    QVariantList params;
    const QString condition =
        StandingStore::condition(query.tier.value_or(RightKind::Authorization),
                                 query.status.value_or(RightStatus::Active), on, params);
    return withStanding(store.listWhere(query.filter, condition, params), on);
}

} // namespace cinereg
