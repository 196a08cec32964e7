#include "GrantRules.h"

#include "DateText.h"
#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "RightTimeline.h"
#include "Standing.h"

namespace cinereg {

namespace {
// Dates in messages read as everywhere else in the current language.
QString shown(QDate d)
{
    return DateText::of(d);
}

Refusal refuse(Rule rule, const QString& field, const QString& message)
{
    return Refusal{rule, field, message};
}
} // namespace

QVector<Right> CompanyRights::ofTier(RightKind tier) const
{
    QVector<Right> out;
    for (const Right& r : accreditations)
        if (r.kind == tier)
            out.append(r);
    return out;
}

Check GrantRules::checkGrant(const Company& company, const CompanyRights& held,
                             const Settings& settings, const GrantRequest& request)
{
    if (request.reference.trimmed().isEmpty())
        return refuse(Rule::RequiredField, QStringLiteral("decision"),
                      tr("The decision reference is required."));
    if (!request.validFrom.isValid())
        return refuse(Rule::RequiredField, QStringLiteral("from"),
                      tr("The start of validity (from) is required."));
    if (request.end.choice() == ValidityEnd::Choice::Until && !request.end.lastDay().isValid())
        return refuse(Rule::RequiredField, QStringLiteral("until"),
                      tr("The end of validity (until) is required."));
    const QDate validUntil = request.end.resolve(request.validFrom, settings.defaultTermMonths);
    if (!validUntil.isNull() && validUntil < request.validFrom)
        return refuse(Rule::InvalidField, QStringLiteral("until"),
                      tr("The end of validity (%1) is before its start (%2).")
                          .arg(shown(validUntil), shown(request.validFrom)));

    if (request.kind == RightKind::Authorization) {
        if (!settings.allowedLegalForms.contains(company.legalForm))
            return refuse(
                Rule::LegalFormNotAllowed, QStringLiteral("form"),
                tr("Rule 1: the legal form %1 may not hold an authorization "
                   "(allowed: %2).")
                    .arg(company.legalForm, settings.allowedLegalForms.join(QStringLiteral(", "))));
        for (const Right& other : held.authorizations)
            if (RightTimeline(other).spanOverlaps(request.validFrom, validUntil))
                return refuse(Rule::AuthorizationOverlap, QString(),
                              tr("Rule 1: the company already holds authorization %1 over "
                                 "the same period.")
                                  .arg(other.number));
        return Done{};
    }

    const auto authorization =
        EffectivenessRules::authorizationStatusOn(held.authorizations, request.validFrom);
    if (!authorization || *authorization != RightStatus::Active)
        return refuse(Rule::NoActiveAuthorization, QStringLiteral("from"),
                      tr("Rule 2: no active authorization on %1.").arg(shown(request.validFrom)));

    for (const Right& other : held.ofTier(request.kind))
        if (RightTimeline(other).spanOverlaps(request.validFrom, validUntil))
            return refuse(Rule::AccreditationOverlap, QString(),
                          tr("Rule 3: accreditation %1 of the same tier already covers part of "
                             "this period.")
                              .arg(other.number));

    const auto threshold = settings.capitalThresholds.constFind(company.legalForm);
    if (threshold != settings.capitalThresholds.cend()) {
        const qint64 capital = company.capital.value_or(0);
        if (capital < *threshold)
            return refuse(Rule::CapitalBelowThreshold, QStringLiteral("capital"),
                          tr("Rule 4: a %1 needs a fully paid capital of at least %2 MAD for an "
                             "accreditation; the register shows %3 MAD.")
                              .arg(company.legalForm)
                              .arg(*threshold)
                              .arg(capital));
    }
    return Done{};
}

Check GrantRules::checkDecision(const Right& right, const CompanyRights& companyRights,
                                const DecisionRequest& request)
{
    const RightTimeline timeline(right);
    const bool referenceRequired =
        request.type == DecisionType::Grant || request.type == DecisionType::Renew;
    if (referenceRequired && request.reference.trimmed().isEmpty())
        return refuse(Rule::RequiredField, QStringLiteral("decision"),
                      tr("The decision reference is required."));
    if (!request.effective.isValid())
        return refuse(Rule::RequiredField, QStringLiteral("from"),
                      tr("The date the decision takes effect is required."));

    const QDate revoked = timeline.revokedFrom();
    if (!revoked.isNull())
        return refuse(Rule::RevokedIsFinal, QString(),
                      tr("Rule 5: %1 was revoked on %2; revocation is final and a new grant is "
                         "needed.")
                          .arg(right.number, shown(revoked)));

    QDate latest = right.validFrom;
    for (const Decision& d : right.history)
        if (d.type != DecisionType::Renew && d.effective > latest)
            latest = d.effective;
    if (request.type != DecisionType::Renew && request.effective < latest)
        return refuse(Rule::InvalidTransition, QStringLiteral("from"),
                      tr("The decision cannot take effect on %1, before the last decision on "
                         "%2 or the start of validity; record it from %2 or later.")
                          .arg(shown(request.effective), shown(latest)));

    const RightStatus status = timeline.statusOn(request.effective);
    switch (request.type) {
    case DecisionType::Grant:
        return refuse(Rule::InvalidTransition, QString(),
                      tr("A right is granted only once; record a renewal instead."));
    case DecisionType::Suspend:
        if (request.reason.trimmed().isEmpty())
            return refuse(Rule::ReasonRequired, QStringLiteral("reason"),
                          tr("A suspension must state its reason."));
        if (status != RightStatus::Active)
            return refuse(Rule::InvalidTransition, QStringLiteral("from"),
                          (right.isAccreditation()
                               ? tr("The accreditation %1 cannot be suspended on %2: it is %3 "
                                    "that day.")
                               : tr("The authorization %1 cannot be suspended on %2: it is %3 "
                                    "that day."))
                              .arg(right.number, shown(request.effective),
                                   Standing::statusLabel(right.kind, status)));
        return Done{};
    case DecisionType::Reinstate:
        if (status != RightStatus::Suspended)
            return refuse(Rule::InvalidTransition, QStringLiteral("from"),
                          (right.isAccreditation()
                               ? tr("The accreditation %1 cannot be reinstated on %2: it is %3 "
                                    "that day, not suspended.")
                               : tr("The authorization %1 cannot be reinstated on %2: it is %3 "
                                    "that day, not suspended."))
                              .arg(right.number, shown(request.effective),
                                   Standing::statusLabel(right.kind, status)));
        return Done{};
    case DecisionType::Revoke:
        if (request.reason.trimmed().isEmpty())
            return refuse(Rule::ReasonRequired, QStringLiteral("reason"),
                          tr("A revocation must state its reason."));
        return Done{};
    case DecisionType::Renew: {
        if (!request.validUntil.isValid())
            return refuse(Rule::RequiredField, QStringLiteral("until"),
                          tr("A renewal needs the new end of validity (until)."));
        const QDate current = timeline.finalValidUntil();
        if (current.isNull())
            return refuse(Rule::InvalidTransition, QStringLiteral("until"),
                          tr("%1 is valid without limit of duration; there is nothing to renew.")
                              .arg(right.number));
        if (request.validUntil <= current)
            return refuse(Rule::InvalidField, QStringLiteral("until"),
                          tr("The new end of validity (%1) must be after the current one (%2).")
                              .arg(shown(request.validUntil), shown(current)));
        const QVector<Right>& siblings = right.kind == RightKind::Authorization
                                             ? companyRights.authorizations
                                             : companyRights.accreditations;
        for (const Right& other : siblings) {
            if (other.id == right.id || other.kind != right.kind)
                continue;
            if (RightTimeline(other).spanOverlaps(current.addDays(1), request.validUntil))
                return refuse(right.kind == RightKind::Authorization ? Rule::AuthorizationOverlap
                                                                     : Rule::AccreditationOverlap,
                              QStringLiteral("until"),
                              tr("Renewing until %1 would overlap %2.")
                                  .arg(shown(request.validUntil), other.number));
        }
        return Done{};
    }
    }
    return Done{};
}

} // namespace cinereg
