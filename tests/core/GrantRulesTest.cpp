// DOMAIN.md's granting rules 1-5, each refused with its code and allowed when satisfied.
#include "GrantRules.h"

#include "DateText.h"
#include "RightBuilder.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const RightKind A = RightKind::Authorization;
const RightKind N = RightKind::National;

Company company(const char* form, qint64 capital)
{
    Company c;
    c.id = 1;
    c.legalForm = QString::fromLatin1(form);
    c.capital = capital;
    return c;
}

GrantRules::GrantRequest request(RightKind kind, const char* from, const char* until = nullptr)
{
    GrantRules::GrantRequest r;
    r.kind = kind;
    r.reference = QStringLiteral("DEC-1");
    r.decisionDate = d(from);
    r.validFrom = d(from);
    r.end = until ? ValidityEnd::until(d(until)) : ValidityEnd::noEnd();
    return r;
}

QString refusalCode(const Check& c)
{
    return c ? QStringLiteral("ok") : ruleCode(c.refusal().rule);
}
} // namespace

TEST(GrantRules, Rule1LegalFormMustBeAllowed)
{
    const Settings settings;
    EXPECT_EQ(refusalCode(GrantRules::checkGrant(company("SNC", 0), {}, settings,
                                                 request(A, "2026-01-01"))),
              QStringLiteral("rule-1-legal-form"));
    EXPECT_TRUE(
        GrantRules::checkGrant(company("SARL AU", 0), {}, settings, request(A, "2026-01-01")));
    Settings wider;
    wider.allowedLegalForms.append(QStringLiteral("SNC"));
    EXPECT_TRUE(GrantRules::checkGrant(company("SNC", 0), {}, wider, request(A, "2026-01-01")));
}

TEST(GrantRules, Rule1NoTwoAuthorizationsOverTheSamePeriod)
{
    CompanyRights held;
    held.authorizations = {RightBuilder(A, "2025-01-01", "2026-12-31")};
    const Settings s;
    const Check overlap =
        GrantRules::checkGrant(company("SA", 0), held, s, request(A, "2026-12-31"));
    EXPECT_EQ(refusalCode(overlap), QStringLiteral("rule-1-authorization-overlap"));
    EXPECT_TRUE(overlap.refusal().message.contains(held.authorizations[0].number));
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 0), held, s, request(A, "2027-01-01")));
    held.authorizations = {RightBuilder(A, "2025-01-01").revoke("2026-03-01")};
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 0), held, s, request(A, "2026-03-01")))
        << "a revoked authorization ends the day before its revocation";
}

TEST(GrantRules, Rule2AccreditationNeedsAnActiveAuthorizationOnItsStart)
{
    const Settings s;
    CompanyRights held;
    EXPECT_EQ(refusalCode(
                  GrantRules::checkGrant(company("SA", 600000), held, s, request(N, "2026-03-01"))),
              QStringLiteral("rule-2-no-active-authorization"));
    held.authorizations = {RightBuilder(A, "2026-01-01").suspend("2026-02-15")};
    const Check suspended =
        GrantRules::checkGrant(company("SA", 600000), held, s, request(N, "2026-03-01"));
    EXPECT_EQ(refusalCode(suspended), QStringLiteral("rule-2-no-active-authorization"));
    EXPECT_TRUE(suspended.refusal().message.contains(DateText::of(QDate(2026, 3, 1))));
    held.authorizations = {RightBuilder(A, "2026-01-01")};
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 600000), held, s, request(N, "2026-03-01")));
}

TEST(GrantRules, Rule3NoOverlapWithinATier)
{
    const Settings s;
    CompanyRights held;
    held.authorizations = {RightBuilder(A, "2025-01-01")};
    held.accreditations = {RightBuilder(N, "2025-02-01", "2026-01-31")};
    EXPECT_EQ(refusalCode(
                  GrantRules::checkGrant(company("SA", 600000), held, s, request(N, "2026-01-31"))),
              QStringLiteral("rule-3-accreditation-overlap"));
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 600000), held, s, request(N, "2026-02-01")));
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 600000), held, s,
                                       request(RightKind::International, "2025-06-01")))
        << "the other tier may overlap";
}

TEST(GrantRules, Rule4CapitalThresholdPerLegalForm)
{
    const Settings s;
    CompanyRights held;
    held.authorizations = {RightBuilder(A, "2025-01-01")};
    const Check low =
        GrantRules::checkGrant(company("SA", 499999), held, s, request(N, "2026-01-01"));
    EXPECT_EQ(refusalCode(low), QStringLiteral("rule-4-capital-threshold"));
    EXPECT_EQ(low.refusal().field, QStringLiteral("capital"));
    EXPECT_TRUE(low.refusal().message.contains(QStringLiteral("500000")));
    EXPECT_TRUE(GrantRules::checkGrant(company("SA", 500000), held, s, request(N, "2026-01-01")));
    EXPECT_EQ(refusalCode(GrantRules::checkGrant(company("SARL", 299999), held, s,
                                                 request(N, "2026-01-01"))),
              QStringLiteral("rule-4-capital-threshold"));
    EXPECT_TRUE(GrantRules::checkGrant(company("SARL", 300000), held, s, request(N, "2026-01-01")));
}

TEST(GrantRules, Rule5RevocationIsFinal)
{
    const Right revoked = RightBuilder(A, "2025-01-01", "2026-12-31").revoke("2026-03-01");
    for (DecisionType type :
         {DecisionType::Reinstate, DecisionType::Renew, DecisionType::Suspend}) {
        GrantRules::DecisionRequest r;
        r.type = type;
        r.reference = QStringLiteral("D");
        r.reason = QStringLiteral("x");
        r.effective = d("2026-04-01");
        r.validUntil = d("2027-12-31");
        EXPECT_EQ(refusalCode(GrantRules::checkDecision(revoked, {}, r)),
                  QStringLiteral("rule-5-revoked-is-final"));
    }
}

TEST(GrantRules, TransitionsOfARight)
{
    const Right active = RightBuilder(A, "2025-01-01", "2026-12-31");
    GrantRules::DecisionRequest r;
    r.reference = QStringLiteral("D");
    r.effective = d("2026-03-01");

    r.type = DecisionType::Suspend;
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(active, {}, r)),
              QStringLiteral("reason-required"));
    r.reason = QStringLiteral("Dossier incomplet");
    EXPECT_TRUE(GrantRules::checkDecision(active, {}, r));

    r.type = DecisionType::Reinstate;
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(active, {}, r)),
              QStringLiteral("invalid-transition"));
    const Right suspended = RightBuilder(A, "2025-01-01", "2026-12-31").suspend("2026-03-01");
    EXPECT_TRUE(GrantRules::checkDecision(suspended, {}, r))
        << "reinstated the day it was suspended";
    r.effective = d("2026-02-01");
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(suspended, {}, r)),
              QStringLiteral("invalid-transition"))
        << "no decision before the last one";

    r.type = DecisionType::Renew;
    r.effective = d("2026-11-01");
    r.validUntil = d("2026-12-31");
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(active, {}, r)),
              QStringLiteral("invalid-field"));
    r.validUntil = d("2028-12-31");
    EXPECT_TRUE(GrantRules::checkDecision(active, {}, r));
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(RightBuilder(A, "2025-01-01"), {}, r)),
              QStringLiteral("invalid-transition"))
        << "nothing to renew on a right without limit";

    r.type = DecisionType::Revoke;
    r.reason.clear();
    r.effective = d("2026-05-01");
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(active, {}, r)),
              QStringLiteral("reason-required"));
}

TEST(GrantRules, RenewalMayNotRunIntoTheNextRight)
{
    const Right first = RightBuilder(N, "2025-01-01", "2025-12-31");
    CompanyRights held;
    held.accreditations = {first, RightBuilder(N, "2026-06-01")};
    GrantRules::DecisionRequest r;
    r.type = DecisionType::Renew;
    r.reference = QStringLiteral("D");
    r.effective = d("2025-12-01");
    r.validUntil = d("2026-12-31");
    EXPECT_EQ(refusalCode(GrantRules::checkDecision(first, held, r)),
              QStringLiteral("rule-3-accreditation-overlap"));
    r.validUntil = d("2026-05-31");
    EXPECT_TRUE(GrantRules::checkDecision(first, held, r));
}
