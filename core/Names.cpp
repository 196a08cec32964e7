#include "Names.h"

namespace cinereg {

QString Names::code(RightKind kind)
{
    switch (kind) {
    case RightKind::Authorization:
        return QStringLiteral("authorization");
    case RightKind::National:
        return QStringLiteral("national");
    case RightKind::International:
        return QStringLiteral("international");
    }
    return {};
}

QString Names::code(DecisionType type)
{
    switch (type) {
    case DecisionType::Grant:
        return QStringLiteral("grant");
    case DecisionType::Renew:
        return QStringLiteral("renew");
    case DecisionType::Suspend:
        return QStringLiteral("suspend");
    case DecisionType::Reinstate:
        return QStringLiteral("reinstate");
    case DecisionType::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

QString Names::code(RightStatus status)
{
    switch (status) {
    case RightStatus::Pending:
        return QStringLiteral("pending");
    case RightStatus::Active:
        return QStringLiteral("active");
    case RightStatus::Suspended:
        return QStringLiteral("suspended");
    case RightStatus::Revoked:
        return QStringLiteral("revoked");
    case RightStatus::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString Names::code(ProductionKind kind)
{
    return kind == ProductionKind::National ? QStringLiteral("national")
                                            : QStringLiteral("foreign");
}

std::optional<RightKind> Names::rightKind(const QString& code)
{
    for (auto k : {RightKind::Authorization, RightKind::National, RightKind::International})
        if (Names::code(k) == code)
            return k;
    return std::nullopt;
}

std::optional<RightKind> Names::tier(const QString& code)
{
    auto kind = rightKind(code);
    if (kind && *kind != RightKind::Authorization)
        return kind;
    return std::nullopt;
}

std::optional<DecisionType> Names::decisionType(const QString& code)
{
    for (auto t : {DecisionType::Grant, DecisionType::Renew, DecisionType::Suspend,
                   DecisionType::Reinstate, DecisionType::Revoke})
        if (Names::code(t) == code)
            return t;
    return std::nullopt;
}

std::optional<RightStatus> Names::rightStatus(const QString& code)
{
    for (auto s : {RightStatus::Pending, RightStatus::Active, RightStatus::Suspended,
                   RightStatus::Revoked, RightStatus::Expired})
        if (Names::code(s) == code)
            return s;
    return std::nullopt;
}

std::optional<ProductionKind> Names::productionKind(const QString& code)
{
    if (code == QLatin1String("national"))
        return ProductionKind::National;
    if (code == QLatin1String("foreign"))
        return ProductionKind::Foreign;
    return std::nullopt;
}

QString Names::label(RightKind kind)
{
    switch (kind) {
    case RightKind::Authorization:
        return tr("authorization to carry out production activity");
    case RightKind::National:
        return tr("national production execution accreditation");
    case RightKind::International:
        return tr("international production execution accreditation");
    }
    return {};
}

QString Names::label(DecisionType type)
{
    switch (type) {
    case DecisionType::Grant:
        return tr("grant");
    case DecisionType::Renew:
        return tr("renewal");
    case DecisionType::Suspend:
        return tr("suspension");
    case DecisionType::Reinstate:
        return tr("reinstatement");
    case DecisionType::Revoke:
        return tr("revocation");
    }
    return {};
}

QString Names::label(RightStatus status)
{
    switch (status) {
    case RightStatus::Pending:
        return tr("pending");
    case RightStatus::Active:
        return tr("active");
    case RightStatus::Suspended:
        return tr("suspended");
    case RightStatus::Revoked:
        return tr("revoked");
    case RightStatus::Expired:
        return tr("expired");
    }
    return {};
}

QString Names::label(ProductionKind kind)
{
    return kind == ProductionKind::National ? tr("national production") : tr("foreign production");
}

RightKind Names::requiredTier(ProductionKind kind)
{
    return kind == ProductionKind::National ? RightKind::National : RightKind::International;
}

} // namespace cinereg
