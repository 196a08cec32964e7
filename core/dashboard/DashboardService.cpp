#include "DashboardService.h"

#include "../applications/ApplicationService.h"
#include "../RightTimeline.h"
#include "../services/Register.h"
#include "../store/CompanyStore.h"
#include "../store/RightStore.h"

#include <algorithm>
#include <QHash>

namespace cinereg {

QVector<RightAttention> DashboardService::withCompanies(QVector<RightAttention> items) const
{
    QVector<qint64> ids;
    for (const RightAttention& a : items)
        ids.append(a.right.companyId);
    QHash<qint64, CompanySummary> companies;
    for (const CompanySummary& s : CompanyStore(m_reg.database()).summaries(ids))
        companies.insert(s.id, s);
    for (RightAttention& a : items)
        a.company = companies.value(a.right.companyId);
    return items;
}

QVector<RightAttention> DashboardService::expiringWithin(QDate on, int days) const
{
    QVector<RightAttention> out;
    for (const Right& r : RightStore(m_reg.database()).endingBetween(on, on.addDays(days))) {
        const RightTimeline timeline(r);
        const QDate end = timeline.finalValidUntil();
        if (end.isValid() && end >= on && end <= on.addDays(days) &&
            timeline.statusOn(on) == RightStatus::Active)
            out.append({{}, r, end});
    }
    std::sort(out.begin(), out.end(),
              [](const RightAttention& a, const RightAttention& b) { return a.day < b.day; });
    return withCompanies(out);
}

QVector<RightAttention> DashboardService::suspendedOn(QDate on) const
{
    QVector<RightAttention> out;
    for (const Right& r : RightStore(m_reg.database()).withDecision(DecisionType::Suspend)) {
        if (RightTimeline(r).statusOn(on) != RightStatus::Suspended)
            continue;
        QDate since;
        for (const Decision& d : r.history)
            if (d.type == DecisionType::Suspend && d.effective <= on)
                since = d.effective;
        out.append({{}, r, since});
    }
    std::sort(out.begin(), out.end(),
              [](const RightAttention& a, const RightAttention& b) { return a.day > b.day; });
    return withCompanies(out);
}

QVector<ApplicationAttention> DashboardService::dossiersDue(QDate on, int days) const
{
    const QVector<Application> due = ApplicationService(m_reg).dueWithin(on, days);
    QVector<qint64> ids;
    for (const Application& a : due)
        ids.append(a.companyId);
    QHash<qint64, CompanySummary> companies;
    for (const CompanySummary& s : CompanyStore(m_reg.database()).summaries(ids))
        companies.insert(s.id, s);
    QVector<ApplicationAttention> out;
    for (const Application& a : due)
        out.append({companies.value(a.companyId), a});
    return out;
}

} // namespace cinereg
