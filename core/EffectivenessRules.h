#pragma once

#include "Effectiveness.h"
#include "Right.h"

#include <optional>
#include <QVector>

namespace cinereg {

class EffectivenessRules
{
public:
    // The company's authorization status on `day`: active if any authorization is active, else
    // the status of the most recent one that had started, nullopt if none had.
    static std::optional<RightStatus> authorizationStatusOn(const QVector<Right>& authorizations,
                                                            QDate day);

    static Effectiveness on(const Right& accreditation, const QVector<Right>& authorizations,
                            QDate day);

    // How a company stands in one tier on `day`: active when one of its accreditations of that
    // tier is effective, else the status of the most relevant one (its own status, or its
    // authorization's when the accreditation itself is active); nullopt when it holds none.
    static std::optional<RightStatus> tierStatusOn(const QVector<Right>& accreditations,
                                                   const QVector<Right>& authorizations, QDate day);

    // The first day in [from, to] on which none of `accreditations` is effective, or a null
    // date when the company is covered every day of the period.
    static QDate firstUncoveredDay(const QVector<Right>& accreditations,
                                   const QVector<Right>& authorizations, QDate from, QDate to);
};

} // namespace cinereg
