#include "RightTimeline.h"

#include "RightBuilder.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

struct StatusCase
{
    const char* name;
    Right right;
    const char* day;
    RightStatus expected;
};

class StatusOnADay : public ::testing::TestWithParam<StatusCase>
{
};

TEST_P(StatusOnADay, IsComputedFromTheDecisions)
{
    const StatusCase& c = GetParam();
    EXPECT_EQ(RightTimeline(c.right).statusOn(d(c.day)), c.expected) << c.name;
}

const RightKind A = RightKind::Authorization;

INSTANTIATE_TEST_SUITE_P(
    DateEdges, StatusOnADay,
    ::testing::Values(
        StatusCase{"before valid_from", RightBuilder(A, "2026-01-10"), "2026-01-09",
                   RightStatus::Pending},
        StatusCase{"on valid_from", RightBuilder(A, "2026-01-10"), "2026-01-10",
                   RightStatus::Active},
        StatusCase{"valid_until is inclusive", RightBuilder(A, "2026-01-01", "2026-12-31"),
                   "2026-12-31", RightStatus::Active},
        StatusCase{"expired the day after", RightBuilder(A, "2026-01-01", "2026-12-31"),
                   "2027-01-01", RightStatus::Expired},
        StatusCase{"no limit", RightBuilder(A, "2026-01-01"), "2099-06-30", RightStatus::Active},
        StatusCase{"29 February inclusive", RightBuilder(A, "2027-03-01", "2028-02-29"),
                   "2028-02-29", RightStatus::Active},
        StatusCase{"after 29 February", RightBuilder(A, "2027-03-01", "2028-02-29"), "2028-03-01",
                   RightStatus::Expired},
        StatusCase{"granted on 29 February", RightBuilder(A, "2028-02-29"), "2028-02-29",
                   RightStatus::Active},
        StatusCase{"suspended from its day", RightBuilder(A, "2026-01-01").suspend("2026-03-01"),
                   "2026-03-01", RightStatus::Suspended},
        StatusCase{"active the day before a suspension",
                   RightBuilder(A, "2026-01-01").suspend("2026-03-01"), "2026-02-28",
                   RightStatus::Active},
        StatusCase{"suspension and reinstatement the same day",
                   RightBuilder(A, "2026-01-01").suspend("2026-03-01").reinstate("2026-03-01"),
                   "2026-03-01", RightStatus::Active},
        StatusCase{"reinstated later",
                   RightBuilder(A, "2026-01-01").suspend("2026-03-01").reinstate("2026-03-10"),
                   "2026-03-09", RightStatus::Suspended},
        StatusCase{"revoked from its day", RightBuilder(A, "2026-01-01").revoke("2026-05-01"),
                   "2026-05-01", RightStatus::Revoked},
        StatusCase{"active before revocation", RightBuilder(A, "2026-01-01").revoke("2026-05-01"),
                   "2026-04-30", RightStatus::Active},
        StatusCase{"expiry wins over suspension",
                   RightBuilder(A, "2026-01-01", "2026-06-30").suspend("2026-06-01"), "2026-07-01",
                   RightStatus::Expired},
        StatusCase{"revocation wins over expiry",
                   RightBuilder(A, "2026-01-01", "2026-06-30").revoke("2026-06-01"), "2026-08-01",
                   RightStatus::Revoked},
        StatusCase{"renewal extends from its day",
                   RightBuilder(A, "2026-01-01", "2026-06-30").renew("2026-06-15", "2027-06-30"),
                   "2027-01-01", RightStatus::Active},
        StatusCase{"late renewal leaves the gap expired",
                   RightBuilder(A, "2026-01-01", "2026-06-30").renew("2026-08-01", "2027-06-30"),
                   "2026-07-15", RightStatus::Expired},
        StatusCase{"late renewal active again",
                   RightBuilder(A, "2026-01-01", "2026-06-30").renew("2026-08-01", "2027-06-30"),
                   "2026-08-01", RightStatus::Active}),
    [](const ::testing::TestParamInfo<StatusCase>& info) {
        std::string name = info.param.name;
        for (char& ch : name)
            if (!isalnum(static_cast<unsigned char>(ch)))
                ch = '_';
        return name;
    });

TEST(RightTimeline, LastDayCountsRenewalsAndRevocation)
{
    EXPECT_FALSE(RightTimeline(RightBuilder(A, "2026-01-01")).lastDay().isValid());
    EXPECT_EQ(
        RightTimeline(RightBuilder(A, "2026-01-01", "2026-06-30").renew("2026-06-01", "2027-06-30"))
            .lastDay(),
        d("2027-06-30"));
    EXPECT_EQ(RightTimeline(RightBuilder(A, "2026-01-01").revoke("2026-05-01")).lastDay(),
              d("2026-04-30"));
}

TEST(RightTimeline, SpanOverlap)
{
    const Right r = RightBuilder(A, "2026-01-01", "2026-12-31");
    const RightTimeline t(r);
    EXPECT_TRUE(t.spanOverlaps(d("2026-12-31"), d("2027-12-31")));
    EXPECT_FALSE(t.spanOverlaps(d("2027-01-01"), QDate()));
    EXPECT_TRUE(t.spanOverlaps(d("2020-01-01"), QDate()));
    EXPECT_FALSE(t.spanOverlaps(d("2020-01-01"), d("2025-12-31")));
    const Right revokedBeforeStart = RightBuilder(A, "2026-06-01").revoke("2026-06-01");
    EXPECT_FALSE(RightTimeline(revokedBeforeStart).spanOverlaps(d("2026-01-01"), QDate()));
}

TEST(RightTimeline, FirstDayNotActiveFindsTheSuspensionInsideAPeriod)
{
    const Right r = RightBuilder(A, "2026-01-01").suspend("2026-03-05").reinstate("2026-03-08");
    const RightTimeline t(r);
    EXPECT_EQ(t.firstDayNotActive(d("2026-03-01"), d("2026-03-10")), d("2026-03-05"));
    EXPECT_FALSE(t.firstDayNotActive(d("2026-03-08"), d("2026-03-31")).isValid());
    EXPECT_EQ(t.firstDayNotActive(d("2025-12-30"), d("2026-01-05")), d("2025-12-30"));
}
