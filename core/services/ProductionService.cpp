#include "ProductionService.h"

#include "../DateText.h"
#include "../Effectiveness.h"
#include "../Identifiers.h"
#include "../JsonExport.h"
#include "../RightTimeline.h"
#include "../Standing.h"
#include "../store/AuditLog.h"
#include "../store/CompanyStore.h"
#include "../store/ProductionStore.h"
#include "../store/RightStore.h"
#include "../store/StandingStore.h"
#include "../store/StoreAccess.h"
#include "../TextRules.h"
#include "EffectivenessRules.h"
#include "Names.h"
#include "Register.h"

#include <QSet>
#include <tuple>

namespace cinereg {

namespace {
// Dates in messages read as everywhere else in the current language.
QString shown(QDate d)
{
    return DateText::of(d);
}

Production normalized(Production p)
{
    // Control characters are kept for validate() to refuse (simplified() would hide them).
    p.title = TextRules::collapseSpaces(p.title);
    p.foreignProducer = TextRules::collapseSpaces(p.foreignProducer);
    p.country = TextRules::collapseSpaces(p.country).toUpper();
    p.mandate = TextRules::collapseSpaces(p.mandate);
    p.shootingPermit = TextRules::collapseSpaces(p.shootingPermit);
    return p;
}
} // namespace

Check ProductionService::validate(const Production& p) const
{
    using Content = TextRules::Content;
    for (const auto& [value, field, label, maxLength, content] :
         {std::tuple{p.title, "title", tr("The title"), TextRules::TitleMax, Content::Name},
          std::tuple{p.foreignProducer, "foreign-producer", tr("The foreign producer"),
                     TextRules::NameMax, Content::Name},
          std::tuple{p.country, "country", tr("The country"), TextRules::ReferenceMax,
                     Content::FreeText},
          std::tuple{p.mandate, "mandate", tr("The mandate"), TextRules::ReferenceMax,
                     Content::FreeText},
          std::tuple{p.shootingPermit, "shooting-permit", tr("The shooting permit"),
                     TextRules::ReferenceMax, Content::FreeText}})
        if (auto refusal =
                TextRules::check(value, QString::fromLatin1(field), label, maxLength, content))
            return *refusal;
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
    if (!CompanyStore(StoreAccess::of(m_reg)).exists(p.executorId))
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
    const CompanyRights held = RightStore(StoreAccess::of(m_reg)).ofCompany(p.executorId);
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
    if (auto refusal = m_reg.require(Action::RecordProductions))
        return *refusal;
    const Production p = normalized(raw);
    Transaction tx(StoreAccess::of(m_reg));
    const Check allowed = wouldAdd(p);
    if (!allowed)
        return allowed.refusal();
    const qint64 id =
        ProductionStore(StoreAccess::of(m_reg)).insert(p, m_reg.user(), m_reg.clock().now());
    Production stored = p;
    stored.id = id;
    AuditLog(StoreAccess::of(m_reg))
        .append({0, m_reg.clock().now(), m_reg.user(), QStringLiteral("production"), id,
                 QStringLiteral("record"), JsonExport::production(stored)});
    tx.commit();
    return id;
}

QVector<Production> ProductionService::list(const ProductionFilter& filter) const
{
    return ProductionStore(StoreAccess::of(m_reg)).list(filter);
}

QVector<Eligibility> ProductionService::eligibility(ProductionKind kind, QDate from, QDate to,
                                                    bool includeIneligible) const
{
    const RightKind tier = Names::requiredTier(kind);
    RightStore rights(StoreAccess::of(m_reg));
    // Who is effective every day of the period comes from the indexed standing periods; the
    // histories are read only for what is shown: the eligible companies' accreditation numbers
    // and, when asked, the reasons of the others.
    const QVector<qint64> eligible =
        StandingStore(StoreAccess::of(m_reg)).companiesWith(tier, RightStatus::Active, from, to);
    const QSet<qint64> eligibleSet(eligible.begin(), eligible.end());
    const QVector<qint64> candidates =
        includeIneligible ? rights.companiesHolding(tier, to) : eligible;
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(candidates);
    QVector<Eligibility> out;
    for (const CompanySummary& company :
         CompanyStore(StoreAccess::of(m_reg)).summaries(candidates)) {
        const CompanyRights& r = held[company.id];
        const QVector<Right> accreditations = r.ofTier(tier);
        Eligibility e;
        e.company = company;
        e.eligible = eligibleSet.contains(company.id);
        for (const Right& a : accreditations)
            if (RightTimeline(a).spanOverlaps(from, to))
                e.accreditations.append(a.number);
        if (!e.eligible) {
            const QDate uncovered =
                EffectivenessRules::firstUncoveredDay(accreditations, r.authorizations, from, to);
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
    RightStore rights(StoreAccess::of(m_reg));
    const QVector<qint64> authorized = rights.inactivityCandidates(on, threshold);
    const QHash<qint64, CompanyRights> held = rights.ofCompanies(authorized);
    const QHash<qint64, QDate> lastShoot =
        ProductionStore(StoreAccess::of(m_reg)).lastShootingDays();
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
    for (const CompanySummary& s : CompanyStore(StoreAccess::of(m_reg)).summaries(flagged))
        out.append({s, lastActivity.value(s.id)});
    return out;
}

} // namespace cinereg
