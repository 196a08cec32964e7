#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace cinereg {

enum class RightKind { Authorization, National, International };
enum class DecisionType { Grant, Renew, Suspend, Reinstate, Revoke };
enum class RightStatus { Pending, Active, Suspended, Revoked, Expired };
enum class ProductionKind { National, Foreign };

// Stable machine names (database, CLI, JSON) and translated labels (window, messages).
class Names
{
    Q_DECLARE_TR_FUNCTIONS(Names)

public:
    static QString code(RightKind kind);
    static QString code(DecisionType type);
    static QString code(RightStatus status);
    static QString code(ProductionKind kind);

    static std::optional<RightKind> rightKind(const QString& code);
    static std::optional<RightKind> tier(const QString& code); // "national" | "international"
    static std::optional<DecisionType> decisionType(const QString& code);
    static std::optional<RightStatus> rightStatus(const QString& code);
    static std::optional<ProductionKind> productionKind(const QString& code);

    static QString label(RightKind kind);
    static QString label(DecisionType type);
    static QString label(RightStatus status);
    static QString label(ProductionKind kind);

    // The accreditation tier a production of this kind requires.
    static RightKind requiredTier(ProductionKind kind);
};

} // namespace cinereg
