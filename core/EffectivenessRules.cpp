#include "EffectivenessRules.h"

#include "RightTimeline.h"

#include <algorithm>

namespace cinereg {

std::optional<RightStatus>
EffectivenessRules::authorizationStatusOn(const QVector<Right>& authorizations, QDate day)
{
    const Right* latestStarted = nullptr;
    for (const Right& a : authorizations) {
        const RightStatus status = RightTimeline(a).statusOn(day);
        if (status == RightStatus::Active)
            return status;
        if (a.validFrom <= day && (!latestStarted || a.validFrom > latestStarted->validFrom))
            latestStarted = &a;
    }
    if (!latestStarted)
        return std::nullopt;
    return RightTimeline(*latestStarted).statusOn(day);
}

Effectiveness EffectivenessRules::on(const Right& accreditation,
                                     const QVector<Right>& authorizations, QDate day)
{
    Effectiveness result;
    result.own = RightTimeline(accreditation).statusOn(day);
    result.authorization = authorizationStatusOn(authorizations, day);
    result.effective = result.own == RightStatus::Active && result.authorization &&
                       *result.authorization == RightStatus::Active;
    return result;
}

std::optional<RightStatus> EffectivenessRules::tierStatusOn(const QVector<Right>& accreditations,
                                                            const QVector<Right>& authorizations,
                                                            QDate day)
{
    const Right* latestStarted = nullptr;
    const Right* earliestPending = nullptr;
    for (const Right& a : accreditations) {
        if (on(a, authorizations, day).effective)
            return RightStatus::Active;
        if (a.validFrom <= day) {
            if (!latestStarted || a.validFrom > latestStarted->validFrom)
                latestStarted = &a;
        } else if (!earliestPending || a.validFrom < earliestPending->validFrom) {
            earliestPending = &a;
        }
    }
    if (!latestStarted)
        return earliestPending ? std::optional<RightStatus>(RightStatus::Pending) : std::nullopt;
    const Effectiveness e = on(*latestStarted, authorizations, day);
    if (e.own != RightStatus::Active)
        return e.own;
    return e.authorization.value_or(RightStatus::Suspended);
}

QDate EffectivenessRules::firstUncoveredDay(const QVector<Right>& accreditations,
                                            const QVector<Right>& authorizations, QDate from,
                                            QDate to)
{
    QVector<QDate> points{from};
    auto collect = [&](const QVector<Right>& rights) {
        for (const Right& r : rights)
            for (QDate p : RightTimeline(r).changePoints())
                if (p > from && p <= to)
                    points.append(p);
    };
    collect(accreditations);
    collect(authorizations);
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());

    for (QDate day : points) {
        const bool covered =
            std::any_of(accreditations.begin(), accreditations.end(),
                        [&](const Right& a) { return on(a, authorizations, day).effective; });
        if (!covered)
            return day;
    }
    return {};
}

} // namespace cinereg
