#include "services/ChangeFeed.h"

#include "services/CompanyService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QCoreApplication>

using namespace cinereg;
using namespace cinereg::test;

namespace {
struct Announcements
{
    explicit Announcements(ChangeFeed& feed)
    {
        QObject::connect(&feed, &ChangeFeed::changed, &context, [this](qint64 after, qint64 last) {
            ranges.append({after, last});
        });
    }
    QObject context;
    QVector<std::pair<qint64, qint64>> ranges;
};
} // namespace

TEST(ChangeFeed, EachCommitIsAnnouncedOnceWithItsAuditEntries)
{
    TempRegister t;
    Announcements heard(t.reg().changes());
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    EXPECT_TRUE(heard.ranges.isEmpty()) << "announced from the event loop, not inside the write";
    QCoreApplication::processEvents();
    ASSERT_EQ(heard.ranges.size(), 1);
    EXPECT_LT(heard.ranges[0].first, heard.ranges[0].second);

    // Two writes before the loop runs: one announcement covering both.
    t.reg().rights().grant(
        company, {RightKind::Authorization, QStringLiteral("AUT/1"), {}, QDate(2026, 1, 1), {}});
    t.reg().companies().add(sampleCompany(2));
    QCoreApplication::processEvents();
    ASSERT_EQ(heard.ranges.size(), 2);
    EXPECT_EQ(heard.ranges[1].first, heard.ranges[0].second);
    EXPECT_EQ(heard.ranges[1].second, heard.ranges[0].second + 2);

    // A refused write commits nothing and announces nothing.
    EXPECT_FALSE(t.reg().companies().add(sampleCompany(1)));
    QCoreApplication::processEvents();
    EXPECT_EQ(heard.ranges.size(), 2);
}

TEST(ChangeFeed, AnotherConnectionsCommitIsNoticedOnce)
{
    TempRegister t;
    Announcements heard(t.reg().changes());
    t.reg().changes().checkOtherConnections();
    EXPECT_TRUE(heard.ranges.isEmpty());

    Register other(t.path(), t.clock(), QStringLiteral("other-clerk"));
    other.companies().add(sampleCompany(3));
    t.reg().changes().checkOtherConnections();
    ASSERT_EQ(heard.ranges.size(), 1);
    EXPECT_LT(heard.ranges[0].first, heard.ranges[0].second);
    t.reg().changes().checkOtherConnections();
    EXPECT_EQ(heard.ranges.size(), 1) << "nothing new since";

    // This connection's own commits are announced by the commit, not again by the poll.
    t.reg().companies().add(sampleCompany(4));
    QCoreApplication::processEvents();
    t.reg().changes().checkOtherConnections();
    EXPECT_EQ(heard.ranges.size(), 2);
}

TEST(RightService, WouldStopNamesTheAccreditationsASuspensionTakesOutOfForce)
{
    TempRegister t(QDate(2026, 3, 2));
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 authorization =
        t.reg()
            .rights()
            .grant(company,
                   {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2026, 1, 1), {}})
            .value()
            .id;
    const Granted national =
        t.reg()
            .rights()
            .grant(company, {RightKind::National, QStringLiteral("N"), {}, QDate(2026, 2, 1), {}})
            .value();
    GrantRules::DecisionRequest suspend{DecisionType::Suspend,
                                        QStringLiteral("S"),
                                        QDate(2026, 3, 2),
                                        QStringLiteral("unpaid taxes"),
                                        {}};
    const QVector<Right> stopped = t.reg().rights().wouldStop(authorization, suspend);
    ASSERT_EQ(stopped.size(), 1);
    EXPECT_EQ(stopped[0].number, national.number);
    EXPECT_TRUE(t.reg().rights().wouldStop(national.id, suspend).isEmpty());
    EXPECT_EQ(t.reg().rights().find(authorization)->history.size(), 1) << "nothing written";
}
