#include "Standing.h"

#include "DateText.h"
#include "RightTimeline.h"

#include <algorithm>

namespace cinereg {

namespace {

// The one date format of the language (core/DateText).
QString day(QDate d)
{
    return DateText::of(d);
}

Standing::Cause causeOf(RightStatus authorization)
{
    switch (authorization) {
    case RightStatus::Suspended:
        return Standing::Cause::AuthorizationSuspended;
    case RightStatus::Revoked:
        return Standing::Cause::AuthorizationRevoked;
    case RightStatus::Expired:
        return Standing::Cause::AuthorizationExpired;
    case RightStatus::Pending:
        return Standing::Cause::AuthorizationPending;
    case RightStatus::Active:
        break;
    }
    return Standing::Cause::None;
}

// The authorization that decides an accreditation's standing on `day`: the active one, else the
// latest that had started, else the next to start.
const Right* decidingAuthorization(const QVector<Right>& authorizations, QDate day)
{
    const Right* latestStarted = nullptr;
    const Right* nextPending = nullptr;
    for (const Right& a : authorizations) {
        if (RightTimeline(a).statusOn(day) == RightStatus::Active)
            return &a;
        if (a.validFrom <= day) {
            if (!latestStarted || a.validFrom > latestStarted->validFrom)
                latestStarted = &a;
        } else if (!nextPending || a.validFrom < nextPending->validFrom) {
            nextPending = &a;
        }
    }
    return latestStarted ? latestStarted : nextPending;
}

} // namespace

QDate StandingRules::statusSince(const Right& right, QDate on)
{
    const RightTimeline timeline(right);
    const RightStatus status = timeline.statusOn(on);
    if (status == RightStatus::Pending)
        return right.validFrom;
    QDate since = right.validFrom;
    for (QDate point : timeline.changePoints()) {
        if (point > on)
            break;
        if (point > right.validFrom && timeline.statusOn(point.addDays(-1)) != status &&
            timeline.statusOn(point) == status)
            since = point;
    }
    return since;
}

QString StandingRules::statusReason(const Right& right, QDate on)
{
    const RightStatus status = RightTimeline(right).statusOn(on);
    const DecisionType wanted = status == RightStatus::Suspended ? DecisionType::Suspend
                                : status == RightStatus::Revoked ? DecisionType::Revoke
                                                                 : DecisionType::Grant;
    if (wanted == DecisionType::Grant)
        return {};
    QString reason;
    QDate latest;
    for (const Decision& d : right.history)
        if (d.type == wanted && d.effective <= on && (latest.isNull() || d.effective >= latest)) {
            latest = d.effective;
            reason = d.reason;
        }
    return reason;
}

Standing StandingRules::of(const Right& right, const QVector<Right>& authorizations, QDate on)
{
    Standing s;
    s.kind = right.kind;
    s.own = RightTimeline(right).statusOn(on);
    s.since = statusSince(right, on);
    s.reason = statusReason(right, on);
    if (!right.isAccreditation() || s.own != RightStatus::Active) {
        s.inForce = s.own == RightStatus::Active;
        return s;
    }
    const Right* authorization = decidingAuthorization(authorizations, on);
    if (!authorization) {
        s.cause = Standing::Cause::NoAuthorization;
        s.since = {};
        return s;
    }
    const RightStatus status = RightTimeline(*authorization).statusOn(on);
    s.cause = causeOf(status);
    s.inForce = s.cause == Standing::Cause::None;
    if (!s.inForce) {
        s.since = statusSince(*authorization, on);
        s.reason = statusReason(*authorization, on);
    }
    return s;
}

std::optional<Standing> StandingRules::ofTier(const QVector<Right>& accreditations,
                                              const QVector<Right>& authorizations, QDate on)
{
    const Right* latestStarted = nullptr;
    const Right* nextPending = nullptr;
    for (const Right& a : accreditations) {
        const Standing s = of(a, authorizations, on);
        if (s.inForce)
            return s;
        if (a.validFrom <= on) {
            if (!latestStarted || a.validFrom > latestStarted->validFrom)
                latestStarted = &a;
        } else if (!nextPending || a.validFrom < nextPending->validFrom) {
            nextPending = &a;
        }
    }
    const Right* deciding = latestStarted ? latestStarted : nextPending;
    if (!deciding)
        return std::nullopt;
    return of(*deciding, authorizations, on);
}

std::optional<Standing> StandingRules::ofAuthorization(const QVector<Right>& authorizations,
                                                       QDate on)
{
    const Right* deciding = decidingAuthorization(authorizations, on);
    if (!deciding)
        return std::nullopt;
    return of(*deciding, {}, on);
}

QVector<Right> StandingRules::stoppedBy(const Right& authorization, const Decision& decision,
                                        const QVector<Right>& authorizations,
                                        const QVector<Right>& accreditations)
{
    QVector<Right> after = authorizations;
    for (Right& a : after)
        if (a.id == authorization.id)
            a.history.append(decision);
    QVector<Right> stopped;
    for (const Right& accreditation : accreditations) {
        const QDate on = std::max(decision.effective, accreditation.validFrom);
        if (of(accreditation, authorizations, on).inForce && !of(accreditation, after, on).inForce)
            stopped.append(accreditation);
    }
    return stopped;
}

RightStatus Standing::effectiveStatus() const
{
    if (inForce || own != RightStatus::Active)
        return own;
    switch (cause) {
    case Cause::AuthorizationRevoked:
        return RightStatus::Revoked;
    case Cause::AuthorizationExpired:
        return RightStatus::Expired;
    case Cause::AuthorizationPending:
        return RightStatus::Pending;
    default:
        return RightStatus::Suspended;
    }
}

// French and Arabic agree the adjective with the right: "autorisation suspendue", "agrément
// suspendu"; hence one translation context per kind of right.
QString Standing::label() const
{
    switch (cause) {
    case Cause::AuthorizationSuspended:
        return tr("active — not in force: authorization suspended");
    case Cause::AuthorizationRevoked:
        return tr("active — not in force: authorization revoked");
    case Cause::AuthorizationExpired:
        return tr("active — not in force: authorization expired");
    case Cause::AuthorizationPending:
        return tr("active — not in force: authorization not yet started");
    case Cause::NoAuthorization:
        return tr("active — not in force: no authorization");
    case Cause::None:
        break;
    }
    return statusLabel(kind, own);
}

QString Standing::statusLabel(RightKind kind, RightStatus status)
{
    const bool accreditation = kind != RightKind::Authorization;
    switch (status) {
    case RightStatus::Active:
        return accreditation ? QCoreApplication::translate("Standing/accreditation", "active")
                             : QCoreApplication::translate("Standing/authorization", "active");
    case RightStatus::Suspended:
        return accreditation ? QCoreApplication::translate("Standing/accreditation", "suspended")
                             : QCoreApplication::translate("Standing/authorization", "suspended");
    case RightStatus::Revoked:
        return accreditation ? QCoreApplication::translate("Standing/accreditation", "revoked")
                             : QCoreApplication::translate("Standing/authorization", "revoked");
    case RightStatus::Expired:
        return accreditation ? QCoreApplication::translate("Standing/accreditation", "expired")
                             : QCoreApplication::translate("Standing/authorization", "expired");
    case RightStatus::Pending:
        return accreditation ? QCoreApplication::translate("Standing/accreditation", "pending")
                             : QCoreApplication::translate("Standing/authorization", "pending");
    }
    return {};
}

QString Standing::text() const
{
    const bool accreditation = kind != RightKind::Authorization;
    const QString d = day(since);
    switch (cause) {
    case Cause::AuthorizationSuspended:
        return tr("active — not in force: authorization suspended since %1").arg(d);
    case Cause::AuthorizationRevoked:
        return tr("active — not in force: authorization revoked since %1").arg(d);
    case Cause::AuthorizationExpired:
        return tr("active — not in force: authorization expired since %1").arg(d);
    case Cause::AuthorizationPending:
        return tr("active — not in force: authorization starts on %1").arg(d);
    case Cause::NoAuthorization:
        return tr("active — not in force: no authorization");
    case Cause::None:
        break;
    }
    switch (own) {
    case RightStatus::Active:
        return accreditation
                   ? QCoreApplication::translate("Standing/accreditation", "active since %1").arg(d)
                   : QCoreApplication::translate("Standing/authorization", "active since %1")
                         .arg(d);
    case RightStatus::Suspended:
        return accreditation
                   ? QCoreApplication::translate("Standing/accreditation", "suspended since %1")
                         .arg(d)
                   : QCoreApplication::translate("Standing/authorization", "suspended since %1")
                         .arg(d);
    case RightStatus::Revoked:
        return accreditation
                   ? QCoreApplication::translate("Standing/accreditation", "revoked since %1")
                         .arg(d)
                   : QCoreApplication::translate("Standing/authorization", "revoked since %1")
                         .arg(d);
    case RightStatus::Expired:
        return accreditation
                   ? QCoreApplication::translate("Standing/accreditation", "expired since %1")
                         .arg(d)
                   : QCoreApplication::translate("Standing/authorization", "expired since %1")
                         .arg(d);
    case RightStatus::Pending:
        return accreditation
                   ? QCoreApplication::translate("Standing/accreditation", "pending: starts on %1")
                         .arg(d)
                   : QCoreApplication::translate("Standing/authorization", "pending: starts on %1")
                         .arg(d);
    }
    return {};
}

} // namespace cinereg
