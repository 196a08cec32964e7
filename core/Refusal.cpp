#include "Refusal.h"

namespace cinereg {

QString ruleCode(Rule rule)
{
    switch (rule) {
    case Rule::InvalidField:
        return QStringLiteral("invalid-field");
    case Rule::RequiredField:
        return QStringLiteral("required-field");
    case Rule::NotFound:
        return QStringLiteral("not-found");
    case Rule::Duplicate:
        return QStringLiteral("duplicate");
    case Rule::IceKeyUnconfirmed:
        return QStringLiteral("ice-key-unconfirmed");
    case Rule::LegalFormNotAllowed:
        return QStringLiteral("rule-1-legal-form");
    case Rule::AuthorizationOverlap:
        return QStringLiteral("rule-1-authorization-overlap");
    case Rule::NoActiveAuthorization:
        return QStringLiteral("rule-2-no-active-authorization");
    case Rule::AccreditationOverlap:
        return QStringLiteral("rule-3-accreditation-overlap");
    case Rule::CapitalBelowThreshold:
        return QStringLiteral("rule-4-capital-threshold");
    case Rule::RevokedIsFinal:
        return QStringLiteral("rule-5-revoked-is-final");
    case Rule::InvalidTransition:
        return QStringLiteral("invalid-transition");
    case Rule::NotEligible:
        return QStringLiteral("not-eligible");
    case Rule::ReasonRequired:
        return QStringLiteral("reason-required");
    case Rule::UnknownBody:
        return QStringLiteral("unknown-body");
    case Rule::NotEffective:
        return QStringLiteral("not-effective");
    case Rule::SigningKeyUnusable:
        return QStringLiteral("signing-key-unusable");
    case Rule::DossierIncomplete:
        return QStringLiteral("dossier-incomplete");
    case Rule::DossierPieceStale:
        return QStringLiteral("dossier-piece-stale");
    case Rule::ApplicationClosed:
        return QStringLiteral("application-closed");
    case Rule::OutsideRole:
        return QStringLiteral("outside-role");
    case Rule::SignInRequired:
        return QStringLiteral("sign-in-required");
    case Rule::SignInRefused:
        return QStringLiteral("sign-in-refused");
    case Rule::AccountDisabled:
        return QStringLiteral("account-disabled");
    case Rule::FirstAccountAdmin:
        return QStringLiteral("first-account-admin");
    case Rule::LastAdmin:
        return QStringLiteral("last-admin");
    case Rule::FourEyes:
        return QStringLiteral("four-eyes");
    case Rule::SelfApproval:
        return QStringLiteral("self-approval");
    case Rule::ProposalClosed:
        return QStringLiteral("proposal-closed");
    }
    return QStringLiteral("unknown");
}

} // namespace cinereg
