#include "Effectiveness.h"

#include "EffectivenessRules.h"
#include "RightBuilder.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const RightKind A = RightKind::Authorization;
const RightKind N = RightKind::National;
} // namespace

TEST(Effectiveness, SuspendedAuthorizationSuspendsTheAccreditationWithoutTouchingIt)
{
    const QVector<Right> auth{
        RightBuilder(A, "2026-01-01").suspend("2026-04-01").reinstate("2026-04-20")};
    const Right accreditation = RightBuilder(N, "2026-02-01");
    const Effectiveness during = EffectivenessRules::on(accreditation, auth, d("2026-04-10"));
    EXPECT_FALSE(during.effective);
    EXPECT_EQ(during.own, RightStatus::Active);
    EXPECT_EQ(*during.authorization, RightStatus::Suspended);
    EXPECT_TRUE(EffectivenessRules::on(accreditation, auth, d("2026-04-20")).effective);
    EXPECT_TRUE(EffectivenessRules::on(accreditation, auth, d("2026-03-31")).effective);
}

TEST(Effectiveness, AuthorizationEndingBeforeTheAccreditationEndsItsEffect)
{
    const QVector<Right> auth{RightBuilder(A, "2026-01-01", "2026-06-30")};
    const Right accreditation = RightBuilder(N, "2026-02-01", "2027-01-31");
    EXPECT_TRUE(EffectivenessRules::on(accreditation, auth, d("2026-06-30")).effective);
    const Effectiveness after = EffectivenessRules::on(accreditation, auth, d("2026-07-01"));
    EXPECT_FALSE(after.effective);
    EXPECT_EQ(after.own, RightStatus::Active);
    EXPECT_EQ(*after.authorization, RightStatus::Expired);
    EXPECT_EQ(EffectivenessRules::tierStatusOn({accreditation}, auth, d("2026-07-01")),
              RightStatus::Expired);
}

TEST(Effectiveness, RevokedAuthorizationEndsEveryAccreditation)
{
    const QVector<Right> auth{RightBuilder(A, "2026-01-01").revoke("2026-09-01")};
    const Right accreditation = RightBuilder(N, "2026-02-01");
    EXPECT_EQ(EffectivenessRules::tierStatusOn({accreditation}, auth, d("2026-09-01")),
              RightStatus::Revoked);
}

TEST(Effectiveness, TierStatusWithoutAnyAccreditationIsNone)
{
    const QVector<Right> auth{RightBuilder(A, "2026-01-01")};
    EXPECT_FALSE(EffectivenessRules::tierStatusOn({}, auth, d("2026-03-01")).has_value());
    EXPECT_EQ(
        EffectivenessRules::tierStatusOn({RightBuilder(N, "2026-05-01")}, auth, d("2026-03-01")),
        RightStatus::Pending);
}

TEST(Effectiveness, SuccessiveAccreditationsCoverAShootWithoutGap)
{
    const QVector<Right> auth{RightBuilder(A, "2025-01-01")};
    const QVector<Right> tier{RightBuilder(N, "2025-02-01", "2026-03-31"),
                              RightBuilder(N, "2026-04-01", "2027-03-31")};
    EXPECT_FALSE(EffectivenessRules::firstUncoveredDay(tier, auth, d("2026-03-20"), d("2026-04-10"))
                     .isValid());
    const QVector<Right> withGap{RightBuilder(N, "2025-02-01", "2026-03-31"),
                                 RightBuilder(N, "2026-04-03")};
    EXPECT_EQ(
        EffectivenessRules::firstUncoveredDay(withGap, auth, d("2026-03-20"), d("2026-04-10")),
        d("2026-04-01"));
}

TEST(Effectiveness, AuthorizationSuspendedInTheMiddleOfAShoot)
{
    const QVector<Right> auth{RightBuilder(A, "2025-01-01").suspend("2026-05-12")};
    const QVector<Right> tier{RightBuilder(N, "2025-02-01")};
    EXPECT_EQ(EffectivenessRules::firstUncoveredDay(tier, auth, d("2026-05-01"), d("2026-05-31")),
              d("2026-05-12"));
    EXPECT_FALSE(EffectivenessRules::firstUncoveredDay(tier, auth, d("2026-05-01"), d("2026-05-11"))
                     .isValid());
}
