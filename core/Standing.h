#pragma once

#include "Right.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace cinereg {

// How a right stands on a day, as every screen and the CLI must say it: its own status, whether
// it is in force, and if not, why and since when. An accreditation whose own status is active is
// still not in force while the company's authorization is not active (DOMAIN.md, "effective").
struct Standing
{
    Q_DECLARE_TR_FUNCTIONS(Standing)

public:
    // Why an accreditation that is itself active is not in force.
    enum class Cause {
        None,                   // in force, or not in force for its own status
        AuthorizationSuspended, //
        AuthorizationRevoked,
        AuthorizationExpired,
        AuthorizationPending, // the authorization starts later
        NoAuthorization,
    };

    RightKind kind = RightKind::Authorization;
    RightStatus own = RightStatus::Pending;
    bool inForce = false;
    Cause cause = Cause::None;
    // The day the current standing began (own status, or the authorization's for a cause); for
    // a pending right, the day it starts. Null when unknown.
    QDate since;
    QString reason; // the suspension's or revocation's stated reason, if any

    // The status lists and filters use: active when in force, else the own status when it is
    // not active, else the authorization's.
    RightStatus effectiveStatus() const;
    // Short, for a table cell: "active", "suspended", "active — not in force: authorization
    // suspended".
    QString label() const;
    // With the date: "active — not in force: authorization suspended since 26/10/2026".
    QString text() const;

    // A status as an adjective agreeing with the right it qualifies (French and Arabic agree it:
    // "autorisation suspendue", "agrément suspendu").
    static QString statusLabel(RightKind kind, RightStatus status);
};

class StandingRules
{
public:
    // `authorizations` are the company's (ignored when `right` is an authorization).
    static Standing of(const Right& right, const QVector<Right>& authorizations, QDate day);
    // The standing of a company in one tier: that of its accreditation in force, else of the
    // most recent one that had started, else of the next pending one; nullopt when it holds none.
    static std::optional<Standing> ofTier(const QVector<Right>& accreditations,
                                          const QVector<Right>& authorizations, QDate day);
    // The standing of the company's authorization (the active one, else the latest started,
    // else the next pending); nullopt when it holds none.
    static std::optional<Standing> ofAuthorization(const QVector<Right>& authorizations, QDate day);
    // The accreditations that a decision on the company's authorization would put out of force:
    // those in force on the decision's day (or on their start, if later) that would no longer be.
    static QVector<Right> stoppedBy(const Right& authorization, const Decision& decision,
                                    const QVector<Right>& authorizations,
                                    const QVector<Right>& accreditations);
    // The day the right's status on `day` began, and the reason of the decision behind it.
    static QDate statusSince(const Right& right, QDate day);
    static QString statusReason(const Right& right, QDate day);
};

} // namespace cinereg
