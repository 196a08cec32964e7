#include "ProductionService.h"

#include "../DateText.h"
#include "../Effectiveness.h"
#include "../Identifiers.h"
#include "../JsonExport.h"
#include "../RightTimeline.h"
#include "../Standing.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "Register.h"

namespace cinereg {

namespace {
// Dates in messages read as everywhere else in the current language.
QString shown(QDate d)
{
    return DateText::of(d);
}

Production normalized(Production p)
{
    p.title = p.title.simplified();
    p.foreignProducer = p.foreignProducer.simplified();
    p.country = p.country.trimmed().toUpper();
    p.mandate = p.mandate.simplified();
    p.shootingPermit = p.shootingPermit.simplified();
    return p;
}
} // namespace

Check ProductionService::validate(const Production& p) const
{
    if (p.title.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("title"), tr("The title is required.")};
    if (!p.shootFrom.isValid())
        return Refusal{Rule::RequiredField, QStringLiteral("from"),
                       tr("The first shooting day (from) is required.")};
    if (!p.shootTo.isValid())
        return Refusal{Rule::RequiredField, QStringLiteral("to"),
                       tr("The last shooting day (to) is required.")};
    if (p.shootTo < p.shootFrom)
        return Refusal{Rule::InvalidField, QStringLiteral("to"),
                       tr("The last shooting day (%1) is before the first (%2).")
                           .arg(shown(p.shootTo), shown(p.shootFrom))};
    if (p.kind == ProductionKind::Foreign) {
        if (p.foreignProducer.isEmpty())
            return Refusal{Rule::RequiredField, QStringLiteral("foreign-producer"),
                           tr("A foreign production needs its foreign producer.")};
        if (p.country.isEmpty())
            return Refusal{Rule::RequiredField, QStringLiteral("country"),
                           tr("A foreign production needs the producer's country.")};
    } else if (!p.foreignProducer.isEmpty() || !p.country.isEmpty()) {
        return Refusal{Rule::InvalidField, QStringLiteral("foreign-producer"),
                       tr("A national production has no foreign producer or country.")};
    }
    if (!p.country.isEmpty() && !Identifiers::isValidCountryCode(p.country))
        return Refusal{
            Rule::InvalidField, QStringLiteral("country"),
            tr("Country \"%1\" is not an ISO 3166 two-letter code (e.g. FR, US).").arg(p.country)};
    if (!CompanyStore(m_reg.database()).exists(p.executorId))
        return Refusal{Rule::NotFound, QStringLiteral("executor"),
                       tr("No company #%1.").arg(p.executorId)};
    return Done{};
}

Check ProductionService::wouldAdd(const Production& raw) const
{
    const Production p = normalized(raw);
    const Check valid = validate(p);
    if (!valid)
        return valid;
    const CompanyRights held = RightStore(m_reg.database()).ofCompany(p.executorId);
    const RightKind tier = Names::requiredTier(p.kind);
    const QDate uncovered = EffectivenessRules::firstUncoveredDay(
        held.ofTier(tier), held.authorizations, p.shootFrom, p.shootTo);
    if (uncovered.isValid())
        return Refusal{Rule::NotEligible, QStringLiteral("executor"),
                       tr("The executing company holds no effective %1 on %2; a %3 may be "
                          "executed only by a company holding one on every shooting day.")
                           .arg(Names::label(tier), shown(uncovered), Names::label(p.kind))};
    return Done{};
}

Outcome<qint64> ProductionService::add(const Production& raw) const
{
    const Production p = normalized(raw);
    Transaction tx(m_reg.database());
    const Check allowed = wouldAdd(p);
    if (!allowed)
        return allowed.refusal();
    const qint64 id =
        ProductionStore(m_reg.database()).insert(p, m_reg.user(), m_reg.clock().now());
    Production stored = p;
    stored.id = id;
    AuditLog(m_reg.database())
        .append({0, m_reg.clock().now(), m_reg.user(), QStringLiteral("production"), id,
                 QStringLiteral("record"), JsonExport::production(stored)});
    tx.commit();
    return id;
}

QVector<Production> ProductionService::list(const ProductionFilter& filter) const
{
    return ProductionStore(m_reg.database()).list(filter);
}

QVector<Eligibility> ProductionService::eligibility(ProductionKind kind, QDate from, QDate to,
                                                    bool includeIneligible) const
{
    const RightKind tier = Names::requiredTier(kind);
    RightStore rights(m_reg.database());
    const QVector<qint64> candidates = rights.companiesHolding(tier, to);
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(candidates);
    QVector<Eligibility> out;
    for (const CompanySummary& company : CompanyStore(m_reg.database()).summaries(candidates)) {
        const CompanyRights& r = held[company.id];
        const QVector<Right> accreditations = r.ofTier(tier);
        const QDate uncovered =
            EffectivenessRules::firstUncoveredDay(accreditations, r.authorizations, from, to);
        Eligibility e;
        e.company = company;
        e.eligible = !uncovered.isValid();
        for (const Right& a : accreditations)
            if (RightTimeline(a).spanOverlaps(from, to))
                e.accreditations.append(a.number);
        if (!e.eligible) {
            if (!includeIneligible)
                continue;
            e.reason = tr("no effective %1 on %2").arg(Names::label(tier), shown(uncovered));
            if (const auto standing =
                    StandingRules::ofTier(accreditations, r.authorizations, uncovered);
                standing && standing->own != RightStatus::Pending)
                e.reason = tr("on %1: %2").arg(shown(uncovered), standing->text());
        }
        out.append(e);
    }
    return out;
}

QVector<InactiveCompany> ProductionService::inactiveCompanies(QDate on) const
{
    const int years = m_reg.settings().inactivityYears;
    const QDate threshold = on.addYears(-years);
    RightStore rights(m_reg.database());
    const QVector<qint64> authorized = rights.inactivityCandidates(on, threshold);
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(authorized);
    const QHash<qint64, QDate> lastShoot = ProductionStore(m_reg.database()).lastShootingDays();
    QVector<qint64> flagged;
    QHash<qint64, QDate> lastActivity;
    for (qint64 id : authorized) {
        const CompanyRights& r = held[id];
        const auto status = EffectivenessRules::authorizationStatusOn(r.authorizations, on);
        if (!status || *status != RightStatus::Active)
            continue;
        QDate last = lastShoot.value(id);
        if (!last.isValid()) {
            for (const Right& a : r.authorizations)
                if (!last.isValid() || a.validFrom < last)
                    last = a.validFrom;
        }
        if (last < threshold) {
            flagged.append(id);
            lastActivity.insert(id, last);
        }
    }
    QVector<InactiveCompany> out;
    for (const CompanySummary& s : CompanyStore(m_reg.database()).summaries(flagged))
        out.append({s, lastActivity.value(s.id)});
    return out;
}

} // namespace cinereg
