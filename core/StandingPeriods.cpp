#include "StandingPeriods.h"

#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "RightTimeline.h"

#include <algorithm>

namespace cinereg {

std::optional<RightStatus> StandingPeriods::statusOn(const CompanyRights& rights, RightKind kind,
                                                     QDate day)
{
    if (kind != RightKind::Authorization)
        return EffectivenessRules::tierStatusOn(rights.ofTier(kind), rights.authorizations, day);
    std::optional<RightStatus> status =
        EffectivenessRules::authorizationStatusOn(rights.authorizations, day);
    if (!status)
        for (const Right& a : rights.authorizations)
            if (a.validFrom > day)
                status = RightStatus::Pending;
    return status;
}

QVector<StandingPeriod> StandingPeriods::of(const CompanyRights& rights)
{
    QVector<StandingPeriod> out;
    for (RightKind kind :
         {RightKind::Authorization, RightKind::National, RightKind::International}) {
        const QVector<Right> own =
            kind == RightKind::Authorization ? rights.authorizations : rights.ofTier(kind);
        if (own.isEmpty())
            continue;
        // A tier's standing also changes where the authorization's does.
        QVector<QDate> points;
        for (const QVector<Right>* group : {&own, &rights.authorizations})
            for (const Right& r : *group)
                points += RightTimeline(r).changePoints();
        std::sort(points.begin(), points.end());
        points.erase(std::unique(points.begin(), points.end()), points.end());

        auto add = [&](QDate start, QDate end, QDate probe) {
            const std::optional<RightStatus> status = statusOn(rights, kind, probe);
            if (!status)
                return;
            if (!out.isEmpty() && out.back().kind == kind && out.back().status == *status &&
                out.back().end.isValid() && start.isValid() && out.back().end.addDays(1) == start) {
                out.back().end = end;
                return;
            }
            out.append({kind, start, end, *status});
        };
        add({}, points.front().addDays(-1), points.front().addDays(-1));
        for (int i = 0; i < points.size(); ++i)
            add(points[i], i + 1 < points.size() ? points[i + 1].addDays(-1) : QDate(), points[i]);
    }
    return out;
}

} // namespace cinereg
