#pragma once

#include "Right.h"

#include <QVector>

namespace cinereg {

// The status of a right on any date, computed from its sequence of decisions (DOMAIN.md,
// "Rights and their life"). Decisions taking effect on the same day apply in the order they
// were entered, so a suspension and a reinstatement on one day leave the right active.
class RightTimeline
{
public:
    explicit RightTimeline(const Right& right);

    RightStatus statusOn(QDate day) const;
    // The end of validity as known on `day`: renewals count from the day they take effect.
    QDate validUntilOn(QDate day) const;
    // The end of validity after every recorded renewal (null: without limit).
    QDate finalValidUntil() const;
    QDate revokedFrom() const; // null when never revoked
    // The last day the right can be in force, counting renewals and revocation (null: open).
    QDate lastDay() const;
    bool spanOverlaps(QDate from, QDate until) const; // until null = open
    // Days on which the status may change; it is constant between two consecutive ones.
    QVector<QDate> changePoints() const;
    // The first day in [from, to] the right is not active, or a null date if active throughout.
    QDate firstDayNotActive(QDate from, QDate to) const;

    const Right& right() const { return m_right; }

private:
    const Right& m_right;
    QVector<const Decision*> m_ordered; // by effective day, then by entry
};

} // namespace cinereg
