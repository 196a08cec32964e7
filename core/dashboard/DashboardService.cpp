#include "DashboardService.h"

#include "../applications/ApplicationService.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../Standing.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"
#include "../store/StoreAccess.h"

#include <algorithm>
#include <QHash>

namespace cinereg {

QVector<RightAttention> DashboardService::withCompanies(QVector<RightAttention> items) const
{
    QVector<qint64> ids;
    for (const RightAttention& a : items)
        ids.append(a.right.companyId);
    QHash<qint64, CompanySummary> companies;
    for (const CompanySummary& s : CompanyStore(StoreAccess::of(m_reg)).summaries(ids))
        companies.insert(s.id, s);
    const QHash<qint64, CompanyRights> rights = RightStore(StoreAccess::of(m_reg)).ofCompanies(ids);
    for (RightAttention& a : items) {
        a.company = companies.value(a.right.companyId);
        a.standing = StandingRules::of(a.right, rights.value(a.right.companyId).authorizations,
                                       m_reg.today());
    }
    return items;
}

QVector<RightAttention> DashboardService::expiringWithin(QDate on, int days) const
{
    QVector<RightAttention> out;
    for (const Right& r : RightStore(StoreAccess::of(m_reg)).endingBetween(on, on.addDays(days))) {
        const RightTimeline timeline(r);
        const QDate end = timeline.finalValidUntil();
        if (end.isValid() && end >= on && end <= on.addDays(days) &&
            timeline.statusOn(on) == RightStatus::Active)
            out.append({{}, r, end, {}});
    }
    std::sort(out.begin(), out.end(),
              [](const RightAttention& a, const RightAttention& b) { return a.day < b.day; });
    return withCompanies(out);
}

QVector<RightAttention> DashboardService::suspendedOn(QDate on) const
{
    QVector<RightAttention> out;
    for (const Right& r : RightStore(StoreAccess::of(m_reg)).withDecision(DecisionType::Suspend)) {
        if (RightTimeline(r).statusOn(on) != RightStatus::Suspended)
            continue;
        QDate since;
        for (const Decision& d : r.history)
            if (d.type == DecisionType::Suspend && d.effective <= on)
                since = d.effective;
        out.append({{}, r, since, {}});
    }
    std::sort(out.begin(), out.end(),
              [](const RightAttention& a, const RightAttention& b) { return a.day > b.day; });
    return withCompanies(out);
}

bool DashboardService::isUrgent(const RightAttention& ending, QDate on)
{
    return ending.day.isValid() && ending.day <= on.addDays(UrgentWithinDays);
}

RegisterCounts DashboardService::counts(QDate on) const
{
    RegisterCounts counts;
    const RightStore rights(StoreAccess::of(m_reg));
    counts.companies = CompanyStore(StoreAccess::of(m_reg)).count({});
    const QVector<qint64> holders = rights.companiesHolding(RightKind::Authorization, on);
    for (const CompanyRights& held : rights.ofCompanies(holders)) {
        const auto authorization = StandingRules::ofAuthorization(held.authorizations, on);
        counts.authorized += authorization && authorization->inForce ? 1 : 0;
        for (RightKind tier : {RightKind::National, RightKind::International}) {
            const auto standing = StandingRules::ofTier(held.ofTier(tier), held.authorizations, on);
            if (standing && standing->inForce)
                ++(tier == RightKind::National ? counts.national : counts.international);
        }
    }
    ApplicationQuery open;
    open.openOnly = true;
    open.on = on;
    const ApplicationService dossiers(m_reg);
    counts.openDossiers = dossiers.list(open).size();
    open.overdueOnly = true;
    counts.overdueDossiers = dossiers.list(open).size();
    return counts;
}

QVector<ApplicationAttention> DashboardService::dossiersDue(QDate on, int days) const
{
    const QVector<Application> due = ApplicationService(m_reg).dueWithin(on, days);
    QVector<qint64> ids;
    for (const Application& a : due)
        ids.append(a.companyId);
    QHash<qint64, CompanySummary> companies;
    for (const CompanySummary& s : CompanyStore(StoreAccess::of(m_reg)).summaries(ids))
        companies.insert(s.id, s);
    QVector<ApplicationAttention> out;
    for (const Application& a : due)
        out.append({companies.value(a.companyId), a});
    return out;
}

} // namespace cinereg
