#pragma once

#include "Right.h"

#include <optional>

namespace cinereg {

// An accreditation is effective on a day only if it is active and the company's authorization
// is active that day too: suspending or revoking the authorization suspends or ends every
// accreditation without touching the accreditation's own record.
struct Effectiveness
{
    bool effective = false;
    RightStatus own = RightStatus::Pending;
    // The company's authorization status that day; nullopt when it holds none covering the day.
    std::optional<RightStatus> authorization;
};

} // namespace cinereg
