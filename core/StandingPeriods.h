#pragma once

#include "EffectivenessRules.h"
#include "GrantRules.h"
#include "Types.h"

#include <optional>
#include <QDate>
#include <QVector>

namespace cinereg {

// One stretch of days over which a company's standing in one kind of right (its authorization,
// or one accreditation tier) keeps one status.
struct StandingPeriod
{
    RightKind kind = RightKind::Authorization;
    QDate start; // null: since always
    QDate end;   // null: for ever
    RightStatus status = RightStatus::Active;

    bool operator==(const StandingPeriod& o) const
    {
        return kind == o.kind && start == o.start && end == o.end && status == o.status;
    }
};

// How a company stands on a day, and the same answer as periods, so that the store can keep
// them in an indexed table and answer "who may execute from A to B?" or "who is accredited on D?"
// without reading every history. Both come from EffectivenessRules: the periods are only the
// rule evaluated once per stretch between two days where some status can change.
class StandingPeriods
{
public:
    // The status in `kind` on `day`: for the authorization, active if any authorization is
    // active, pending when only later ones exist; for a tier, EffectivenessRules::tierStatusOn.
    // nullopt when the company holds no right of that kind.
    static std::optional<RightStatus> statusOn(const CompanyRights& rights, RightKind kind,
                                               QDate day);

    // Maximal periods (two neighbours never share a status), in kind then date order; days on
    // which the status is nullopt have no period.
    static QVector<StandingPeriod> of(const CompanyRights& rights);
};

} // namespace cinereg
