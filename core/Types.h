#pragma once

namespace cinereg {

enum class RightKind { Authorization, National, International };
enum class DecisionType { Grant, Renew, Suspend, Reinstate, Revoke };
enum class RightStatus { Pending, Active, Suspended, Revoked, Expired };
enum class ProductionKind { National, Foreign };

} // namespace cinereg
