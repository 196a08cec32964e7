#include "StatisticsService.h"

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
    const YearlySeries series = StatisticsStore(StoreAccess::of(m_reg)).yearlySeries(f.on);
    f.toYear = query.toYear.value_or(f.on.year());
    if (query.fromYear)
        f.fromYear = *query.fromYear;
    else
        f.fromYear = series.firstYear == 0 ? f.toYear : std::min(series.firstYear, f.toYear);
    if (f.fromYear > f.toYear)
        return Refusal{Rule::InvalidField, QStringLiteral("from"),
                       tr("The first year (--from %1) comes after the last year (--to %2).")
                           .arg(f.fromYear)
                           .arg(f.toYear)};
    if (f.toYear - f.fromYear >= MaxYears)
        return Refusal{
            Rule::InvalidField, QStringLiteral("from"),
            tr("A period of at most %n years can be shown (--from, --to).", nullptr, MaxYears)};
    countInForce(f);
    for (int year = f.fromYear; year <= f.toYear; ++year) {
        YearFigures y;
        y.year = year;
        y.grants = series.grants.value(year);
        y.suspensions = series.suspensions.value(year);
        y.revocations = series.revocations.value(year);
        y.newEntrants = series.newEntrants.value(year);
        y.productionsNational = series.national.value(year);
        y.productionsForeign = series.foreign.value(year);
        f.perYear.append(y);
    }
    countMembers(f);
    return f;
}

void StatisticsService::countInForce(RegisterFigures& f) const
{
    // In force on the day = a standing period of status active covering it, in the
    // authorization and in each tier: the periods are EffectivenessRules evaluated once per
    // stretch of days (StandingPeriods), kept with every decision and recomputed by `check`, so
    // an accreditation is only active there while its company's authorization is.
    const StatisticsStore standing(StoreAccess::of(m_reg));
    const QVector<qint64> authorized = standing.activeOn(RightKind::Authorization, f.on);
    const QVector<qint64> national = standing.activeOn(RightKind::National, f.on);
    const QVector<qint64> international = standing.activeOn(RightKind::International, f.on);
    // The three lists are in company order: merged in one walk.
    QVector<std::pair<qint64, RightsInForce>> perCompany;
    perCompany.reserve(authorized.size());
    qsizetype n = 0;
    qsizetype i = 0;
    for (const qint64 company : authorized) {
        RightsInForce c;
        c.authorization = true;
        while (n < national.size() && national[n] < company)
            ++n;
        c.national = n < national.size() && national[n] == company;
        while (i < international.size() && international[i] < company)
            ++i;
        c.international = i < international.size() && international[i] == company;
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
