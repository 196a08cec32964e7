#pragma once

#include "Company.h"
#include "Refusal.h"
#include "Right.h"
#include "Settings.h"
#include "ValidityEnd.h"

#include <QCoreApplication>
#include <QVector>

namespace cinereg {

// What a company already holds, as the rules need it.
struct CompanyRights
{
    QVector<Right> authorizations;
    QVector<Right> accreditations; // both tiers

    QVector<Right> ofTier(RightKind tier) const;
};

// DOMAIN.md's granting rules 1-5 and the transitions of a right's life, as pure functions: the
// window asks them "would this be refused, and why?" before the clerk confirms, and the services
// ask them again inside the transaction that writes.
class GrantRules
{
    Q_DECLARE_TR_FUNCTIONS(GrantRules)

public:
    struct GrantRequest
    {
        RightKind kind = RightKind::Authorization;
        QString reference;
        QDate decisionDate;
        QDate validFrom;
        ValidityEnd end; // resolved against the settings' default term
    };

    static Check checkGrant(const Company& company, const CompanyRights& held,
                            const Settings& settings, const GrantRequest& request);

    struct DecisionRequest
    {
        DecisionType type = DecisionType::Suspend;
        QString reference;
        QDate effective;
        QString reason;
        QDate validUntil;   // renewal
        QDate decisionDate; // the day it was signed; null: today (an import gives the real one)
    };

    // `companyRights` lets renewal check overlap with the company's other rights of that kind.
    static Check checkDecision(const Right& right, const CompanyRights& companyRights,
                               const DecisionRequest& request);
};

} // namespace cinereg
