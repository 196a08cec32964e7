#pragma once

#include "Types.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace cinereg {

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
