#include "StatisticsService.h"

#include "../Effectiveness.h"
#include "../services/Register.h"
#include "../store/StatisticsStore.h"
#include "../store/StoreAccess.h"
#include "EffectivenessRules.h"

#include <algorithm>
#include <QHash>

namespace cinereg {

namespace {
constexpr int EarliestYear = 1900;
constexpr int LatestYear = 9999;

// Each company's rights that may be in force, split as the effectiveness rules take them.
struct HeldRights
{
    QVector<Right> authorizations;
    QVector<Right> national;
    QVector<Right> international;
};
} // namespace

Outcome<RegisterFigures> StatisticsService::figures(const StatisticsQuery& query) const
{
    RegisterFigures f;
    f.on = query.on.isValid() ? query.on : m_reg.today();
    for (const auto& [year, field] : {std::pair{query.fromYear, QStringLiteral("from")},
                                      std::pair{query.toYear, QStringLiteral("to")}})
        if (year && (*year < EarliestYear || *year > LatestYear))
            return Refusal{Rule::InvalidField, field,
                           tr("The year (--%1) must be between %2 and %3.")
                               .arg(field)
                               .arg(EarliestYear)
                               .arg(LatestYear)};
    const StatisticsStore store(StoreAccess::of(m_reg));
    const RightsScan rights = store.scanRights(f.on);
    const ProductionsScan productions = store.scanProductions(f.on);
    f.toYear = query.toYear.value_or(f.on.year());
    if (query.fromYear) {
        f.fromYear = *query.fromYear;
    } else {
        QDate first = rights.firstDecision;
        if (first.isNull() ||
            (productions.firstShooting.isValid() && productions.firstShooting < first))
            first = productions.firstShooting;
        f.fromYear = first.isNull() ? f.toYear : std::min(first.year(), f.toYear);
    }
    if (f.fromYear > f.toYear)
        return Refusal{Rule::InvalidField, QStringLiteral("from"),
                       tr("The first year (--from %1) comes after the last year (--to %2).")
                           .arg(f.fromYear)
                           .arg(f.toYear)};
    if (f.toYear - f.fromYear >= MaxYears)
        return Refusal{
            Rule::InvalidField, QStringLiteral("from"),
            tr("A period of at most %n years can be shown (--from, --to).", nullptr, MaxYears)};
    countInForce(f, rights.rights);
    for (int year = f.fromYear; year <= f.toYear; ++year) {
        YearFigures y;
        y.year = year;
        y.grants = rights.grants.value(year);
        y.suspensions = rights.suspensions.value(year);
        y.revocations = rights.revocations.value(year);
        y.newEntrants = rights.newEntrants.value(year);
        y.productionsNational = productions.national.value(year);
        y.productionsForeign = productions.foreign.value(year);
        f.perYear.append(y);
    }
    countMembers(f);
    return f;
}

void StatisticsService::countInForce(RegisterFigures& f, const QVector<Right>& rights) const
{
    // The rights company by company, in one sort rather than a hash of lists per company.
    QVector<const Right*> byCompany;
    byCompany.reserve(rights.size());
    for (const Right& r : rights)
        byCompany.append(&r);
    std::stable_sort(byCompany.begin(), byCompany.end(),
                     [](const Right* a, const Right* b) { return a->companyId < b->companyId; });
    QVector<std::pair<qint64, RightsInForce>> perCompany;
    HeldRights h;
    for (qsizetype i = 0; i < byCompany.size();) {
        const qint64 company = byCompany[i]->companyId;
        h.authorizations.clear();
        h.national.clear();
        h.international.clear();
        for (; i < byCompany.size() && byCompany[i]->companyId == company; ++i) {
            const Right& r = *byCompany[i];
            switch (r.kind) {
            case RightKind::Authorization:
                h.authorizations.append(r);
                break;
            case RightKind::National:
                h.national.append(r);
                break;
            case RightKind::International:
                h.international.append(r);
                break;
            }
        }
        const auto active = [](std::optional<RightStatus> s) { return s == RightStatus::Active; };
        RightsInForce c;
        c.authorization = active(EffectivenessRules::authorizationStatusOn(h.authorizations, f.on));
        if (!c.authorization)
            continue; // no accreditation is effective without an active authorization
        c.national = active(EffectivenessRules::tierStatusOn(h.national, h.authorizations, f.on));
        c.international =
            active(EffectivenessRules::tierStatusOn(h.international, h.authorizations, f.on));
        perCompany.append({company, c});
    }

    QHash<QString, CityFigures> cities; // by the city folded, so "Rabat" and "RABAT" are one
    QHash<QString, QString> keyOf;      // each spelling folded once
    // perCompany is in company order: a city is named as its oldest company writes it.
    const StatisticsStore::Cities cityOf = StatisticsStore(StoreAccess::of(m_reg)).cities();
    for (const auto& [id, c] : std::as_const(perCompany)) {
        f.inForce.authorization += c.authorization;
        f.inForce.national += c.national;
        f.inForce.international += c.international;
        const QString written = cityOf.of(id);
        auto key = keyOf.constFind(written);
        if (key == keyOf.cend())
            key = keyOf.insert(written, written.simplified().toCaseFolded());
        CityFigures& byCity = cities[*key];
        if (byCity.city.isEmpty())
            byCity.city = written.simplified();
        byCity.inForce.authorization += c.authorization;
        byCity.inForce.national += c.national;
        byCity.inForce.international += c.international;
    }
    f.byCity = cities.values().toVector();
    std::sort(f.byCity.begin(), f.byCity.end(), [](const CityFigures& a, const CityFigures& b) {
        const auto weight = [](const RightsInForce& r) {
            return r.authorization + r.national + r.international;
        };
        if (weight(a.inForce) != weight(b.inForce))
            return weight(a.inForce) > weight(b.inForce);
        return a.city.localeAwareCompare(b.city) < 0;
    });
}

void StatisticsService::countMembers(RegisterFigures& f) const
{
    QHash<QString, int> members;
    QStringList others;
    for (const auto& [body, count] : StatisticsStore(StoreAccess::of(m_reg)).membersPerBody(f.on)) {
        members.insert(body, count);
        others.append(body);
    }
    const QStringList configured = m_reg.settings().professionalBodies;
    for (const QString& body : configured)
        f.bodies.append({body, members.value(body)});
    for (const QString& body : others)
        if (!configured.contains(body))
            f.bodies.append({body, members.value(body)});
}

} // namespace cinereg
