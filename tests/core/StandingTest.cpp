#include "Standing.h"

#include "Localization.h"
#include "RightBuilder.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

TEST(Standing, AnActiveAccreditationIsNotInForceWhileTheAuthorizationIsSuspended)
{
    const Right authorization =
        RightBuilder(RightKind::Authorization, "2026-01-01").suspend("2026-10-26");
    const Right accreditation = RightBuilder(RightKind::National, "2026-02-01");
    const Standing s = StandingRules::of(accreditation, {authorization}, d("2026-11-20"));
    EXPECT_EQ(s.own, RightStatus::Active);
    EXPECT_FALSE(s.inForce);
    EXPECT_EQ(s.cause, Standing::Cause::AuthorizationSuspended);
    EXPECT_EQ(s.since, d("2026-10-26"));
    EXPECT_EQ(s.reason, QStringLiteral("reason"));
    EXPECT_EQ(s.effectiveStatus(), RightStatus::Suspended);
    EXPECT_EQ(s.text(),
              QStringLiteral("active — not in force: authorization suspended since 26/10/2026"));
    // The day before the suspension it was in force, since its own start.
    const Standing before = StandingRules::of(accreditation, {authorization}, d("2026-10-25"));
    EXPECT_TRUE(before.inForce);
    EXPECT_EQ(before.since, d("2026-02-01"));
    EXPECT_EQ(before.text(), QStringLiteral("active since 01/02/2026"));
}

TEST(Standing, OwnStatusComesFirstThenTheAuthorizationsWithItsDay)
{
    const Right authorization =
        RightBuilder(RightKind::Authorization, "2026-01-01").revoke("2026-06-01");
    const Right suspended = RightBuilder(RightKind::National, "2026-02-01").suspend("2026-03-10");
    const Standing own = StandingRules::of(suspended, {authorization}, d("2026-04-01"));
    EXPECT_EQ(own.cause, Standing::Cause::None);
    EXPECT_EQ(own.text(), QStringLiteral("suspended since 10/03/2026"));

    const Right active = RightBuilder(RightKind::International, "2026-02-01");
    const Standing revoked = StandingRules::of(active, {authorization}, d("2026-07-01"));
    EXPECT_EQ(revoked.cause, Standing::Cause::AuthorizationRevoked);
    EXPECT_EQ(revoked.since, d("2026-06-01"));
    EXPECT_EQ(revoked.effectiveStatus(), RightStatus::Revoked);

    const Standing none = StandingRules::of(active, {}, d("2026-07-01"));
    EXPECT_EQ(none.cause, Standing::Cause::NoAuthorization);
    EXPECT_FALSE(none.inForce);

    const Right expiring = RightBuilder(RightKind::Authorization, "2026-01-01", "2026-05-31");
    const Standing expired = StandingRules::of(expiring, {}, d("2026-07-01"));
    EXPECT_EQ(expired.own, RightStatus::Expired);
    EXPECT_EQ(expired.since, d("2026-06-01")) << "the first day past its validity";
}

TEST(Standing, ReinstatementStartsANewPeriodInForce)
{
    const Right authorization = RightBuilder(RightKind::Authorization, "2026-01-01")
                                    .suspend("2026-03-01")
                                    .reinstate("2026-04-15");
    const Standing s = StandingRules::of(authorization, {}, d("2026-05-01"));
    EXPECT_TRUE(s.inForce);
    EXPECT_EQ(s.since, d("2026-04-15"));
    EXPECT_TRUE(s.reason.isEmpty());
}

TEST(Standing, TheTierShowsTheAccreditationInForceElseTheLatestStarted)
{
    const Right authorization = RightBuilder(RightKind::Authorization, "2026-01-01");
    const Right old = RightBuilder(RightKind::National, "2026-01-10").revoke("2026-02-01");
    const Right current = RightBuilder(RightKind::National, "2026-03-01");
    const auto tier = StandingRules::ofTier({old, current}, {authorization}, d("2026-04-01"));
    ASSERT_TRUE(tier);
    EXPECT_TRUE(tier->inForce);
    const auto before = StandingRules::ofTier({old, current}, {authorization}, d("2026-02-15"));
    ASSERT_TRUE(before);
    EXPECT_EQ(before->own, RightStatus::Revoked);
    EXPECT_FALSE(StandingRules::ofTier({}, {authorization}, d("2026-04-01")));
}

TEST(Standing, SuspendingTheAuthorizationStopsOnlyTheAccreditationsInForce)
{
    const Right authorization = RightBuilder(RightKind::Authorization, "2026-01-01");
    const Right national = RightBuilder(RightKind::National, "2026-02-01");
    const Right revoked = RightBuilder(RightKind::International, "2026-02-01").revoke("2026-03-01");
    const Right later = RightBuilder(RightKind::International, "2026-09-01");
    Decision suspension;
    suspension.type = DecisionType::Suspend;
    suspension.effective = d("2026-06-01");
    suspension.reason = QStringLiteral("unpaid");
    const QVector<Right> stopped = StandingRules::stoppedBy(
        authorization, suspension, {authorization}, {national, revoked, later});
    ASSERT_EQ(stopped.size(), 2);
    EXPECT_EQ(stopped[0].id, national.id);
    EXPECT_EQ(stopped[1].id, later.id) << "a suspension without end also stops one yet to start";
    EXPECT_TRUE(
        StandingRules::stoppedBy(national, suspension, {authorization}, {national}).isEmpty())
        << "only a decision on the authorization stops accreditations";
}

TEST(Standing, FrenchAndArabicAgreeTheStatusWithTheRight)
{
    const Right authorization =
        RightBuilder(RightKind::Authorization, "2026-01-01").suspend("2026-10-26");
    const Right accreditation = RightBuilder(RightKind::National, "2026-02-01");
    ASSERT_TRUE(Localization::install(QStringLiteral("fr")));
    EXPECT_EQ(Standing::statusLabel(RightKind::Authorization, RightStatus::Suspended),
              QStringLiteral("suspendue"));
    EXPECT_EQ(Standing::statusLabel(RightKind::National, RightStatus::Suspended),
              QStringLiteral("suspendu"));
    EXPECT_EQ(StandingRules::of(accreditation, {authorization}, d("2026-11-20")).text(),
              QStringLiteral("actif — non en vigueur : autorisation suspendue depuis le "
                             "26/10/2026"));
    ASSERT_TRUE(Localization::install(QStringLiteral("ar")));
    EXPECT_EQ(Standing::statusLabel(RightKind::Authorization, RightStatus::Suspended),
              QStringLiteral("موقوفة"));
    EXPECT_EQ(Standing::statusLabel(RightKind::National, RightStatus::Suspended),
              QStringLiteral("موقوف"));
    Localization::install(QStringLiteral("en"));
}
