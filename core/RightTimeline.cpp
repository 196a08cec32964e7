#include "RightTimeline.h"

#include <algorithm>

namespace cinereg {

RightTimeline::RightTimeline(const Right& right) : m_right(right)
{
    m_ordered.reserve(right.history.size());
    for (const Decision& d : right.history)
        m_ordered.append(&d);
    std::stable_sort(m_ordered.begin(), m_ordered.end(), [](const Decision* a, const Decision* b) {
        return a->effective < b->effective;
    });
}

QDate RightTimeline::validUntilOn(QDate day) const
{
    QDate until = m_right.history.isEmpty() ? QDate() : m_right.grant().validUntil;
    for (const Decision* d : m_ordered)
        if (d->type == DecisionType::Renew && d->effective <= day)
            until = d->validUntil;
    return until;
}

QDate RightTimeline::finalValidUntil() const
{
    QDate until = m_right.history.isEmpty() ? QDate() : m_right.grant().validUntil;
    for (const Decision* d : m_ordered)
        if (d->type == DecisionType::Renew)
            until = d->validUntil;
    return until;
}

QDate RightTimeline::revokedFrom() const
{
    for (const Decision* d : m_ordered)
        if (d->type == DecisionType::Revoke)
            return d->effective;
    return {};
}

QDate RightTimeline::lastDay() const
{
    const QDate until = finalValidUntil();
    const QDate revoked = revokedFrom();
    if (revoked.isNull())
        return until;
    const QDate beforeRevocation = revoked.addDays(-1);
    return until.isNull() ? beforeRevocation : std::min(until, beforeRevocation);
}

bool RightTimeline::spanOverlaps(QDate from, QDate until) const
{
    const QDate last = lastDay();
    if (!last.isNull() && last < m_right.validFrom)
        return false; // revoked before it ever started
    const bool startsBeforeOtherEnds = until.isNull() || m_right.validFrom <= until;
    const bool endsAfterOtherStarts = last.isNull() || last >= from;
    return startsBeforeOtherEnds && endsAfterOtherStarts;
}

RightStatus RightTimeline::statusOn(QDate day) const
{
    if (day < m_right.validFrom)
        return RightStatus::Pending;
    bool suspended = false;
    for (const Decision* d : m_ordered) {
        if (d->effective > day)
            break;
        switch (d->type) {
        case DecisionType::Revoke:
            return RightStatus::Revoked;
        case DecisionType::Suspend:
            suspended = true;
            break;
        case DecisionType::Reinstate:
            suspended = false;
            break;
        case DecisionType::Grant:
        case DecisionType::Renew:
            break;
        }
    }
    const QDate until = validUntilOn(day);
    if (!until.isNull() && day > until)
        return RightStatus::Expired;
    return suspended ? RightStatus::Suspended : RightStatus::Active;
}

QVector<QDate> RightTimeline::changePoints() const
{
    QVector<QDate> points{m_right.validFrom};
    for (const Decision* d : m_ordered) {
        points.append(d->effective);
        if ((d->type == DecisionType::Grant || d->type == DecisionType::Renew) &&
            !d->validUntil.isNull())
            points.append(d->validUntil.addDays(1));
    }
    std::sort(points.begin(), points.end());
    points.erase(std::unique(points.begin(), points.end()), points.end());
    return points;
}

QDate RightTimeline::firstDayNotActive(QDate from, QDate to) const
{
    if (statusOn(from) != RightStatus::Active)
        return from;
    for (QDate point : changePoints())
        if (point > from && point <= to && statusOn(point) != RightStatus::Active)
            return point;
    return {};
}

} // namespace cinereg
