#include "services/RightService.h"

#include "NumberFormat.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "store/AuditLog.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
GrantRules::GrantRequest grant(RightKind kind, QDate from, QDate until = {})
{
    return {kind, QStringLiteral("DEC/%1").arg(from.toString(Qt::ISODate)), {}, from, until};
}
} // namespace

TEST(RightService, NumbersFollowTheSettingsFormatPerKindAndYear)
{
    TempRegister t(QDate(2026, 3, 2));
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 b = t.reg().companies().add(sampleCompany(2)).value();
    EXPECT_EQ(t.reg()
                  .rights()
                  .grant(a, grant(RightKind::Authorization, QDate(2026, 1, 1)))
                  .value()
                  .number,
              QStringLiteral("AUT-2026-0001"));
    EXPECT_EQ(t.reg()
                  .rights()
                  .grant(b, grant(RightKind::Authorization, QDate(2026, 1, 1)))
                  .value()
                  .number,
              QStringLiteral("AUT-2026-0002"));
    EXPECT_EQ(
        t.reg().rights().grant(a, grant(RightKind::National, QDate(2026, 2, 1))).value().number,
        QStringLiteral("AEN-2026-0001"));
    Settings s = t.reg().settings();
    s.numberFormats[QStringLiteral("international")] = QStringLiteral("CCM/AEI/{seq}/{year}");
    t.reg().saveSettings(s);
    EXPECT_EQ(t.reg()
                  .rights()
                  .grant(a, grant(RightKind::International, QDate(2026, 2, 1)))
                  .value()
                  .number,
              QStringLiteral("CCM/AEI/0001/2026"));
    const Outcome<Granted> duplicate = t.reg().rights().grant(
        b, grant(RightKind::National, QDate(2026, 2, 1)), QStringLiteral("AEN-2026-0001"));
    ASSERT_FALSE(duplicate);
    EXPECT_EQ(duplicate.refusal().field, QStringLiteral("number"));
}

TEST(RightService, HistoryRecordsWhoAndWhen)
{
    TempRegister t(QDate(2026, 3, 2), QStringLiteral("k.alaoui"));
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id =
        t.reg().rights().grant(a, grant(RightKind::Authorization, QDate(2026, 1, 1))).value().id;
    t.clock().setToday(QDate(2026, 4, 1));
    ASSERT_TRUE(t.reg().rights().decide(id, {DecisionType::Suspend,
                                             QStringLiteral("S-1"),
                                             QDate(2026, 4, 1),
                                             QStringLiteral("CNSS non à jour"),
                                             {}}));
    const Right r = *t.reg().rights().find(id);
    ASSERT_EQ(r.history.size(), 2);
    EXPECT_EQ(r.history[1].enteredBy, QStringLiteral("k.alaoui"));
    EXPECT_EQ(r.history[1].enteredAt.date(), QDate(2026, 4, 1));
    EXPECT_EQ(r.history[1].reason, QStringLiteral("CNSS non à jour"));
    EXPECT_EQ(RightTimeline(r).statusOn(QDate(2026, 4, 1)), RightStatus::Suspended);
    EXPECT_EQ(AuditLog(t.reg().database()).list(QStringLiteral("authorization"), id).size(), 2);
}

TEST(RightService, DefaultTermFromSettings)
{
    TempRegister t;
    Settings s = t.reg().settings();
    s.defaultTermMonths = 36;
    t.reg().saveSettings(s);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id =
        t.reg().rights().grant(a, grant(RightKind::Authorization, QDate(2026, 1, 1))).value().id;
    EXPECT_EQ(RightTimeline(*t.reg().rights().find(id)).finalValidUntil(), QDate(2028, 12, 31));
}

TEST(RightService, ARefusalWritesNothing)
{
    TempRegister t;
    const qint64 a =
        t.reg().companies().add(sampleCompany(1, QStringLiteral("SA"), 100000)).value();
    t.reg().rights().grant(a, grant(RightKind::Authorization, QDate(2026, 1, 1)));
    const int audit = AuditLog(t.reg().database()).list().size();
    const Outcome<Granted> refused =
        t.reg().rights().grant(a, grant(RightKind::National, QDate(2026, 2, 1)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().rule, Rule::CapitalBelowThreshold);
    EXPECT_EQ(AuditLog(t.reg().database()).list().size(), audit);
    EXPECT_TRUE(t.reg().rights().ofCompany(a).accreditations.isEmpty());
    const Outcome<qint64> noRight =
        t.reg().rights().decide(999, {DecisionType::Reinstate, {}, QDate(2026, 3, 2), {}, {}});
    ASSERT_FALSE(noRight);
    EXPECT_EQ(noRight.refusal().rule, Rule::NotFound);
}

TEST(RightService, WouldGrantAnswersWithoutWriting)
{
    TempRegister t;
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const Check preview =
        t.reg().rights().wouldGrant(a, grant(RightKind::National, QDate(2026, 3, 1)));
    ASSERT_FALSE(preview);
    EXPECT_TRUE(preview.refusal().message.contains(QStringLiteral("2026-03-01")));
    EXPECT_TRUE(t.reg().rights().wouldGrant(a, grant(RightKind::Authorization, QDate(2026, 3, 1))));
    EXPECT_TRUE(t.reg().rights().ofCompany(a).authorizations.isEmpty());
}

TEST(NumberFormat, ReplacesYearAndSequenceAndKeepsNumbersUnique)
{
    EXPECT_EQ(formatNumber(QStringLiteral("AUT-{year}-{seq}"), 2026, 7),
              QStringLiteral("AUT-2026-0007"));
    EXPECT_EQ(formatNumber(QStringLiteral("{seq}/{year}"), 2027, 12345),
              QStringLiteral("12345/2027"));
    EXPECT_EQ(formatNumber(QStringLiteral("CCM-{year}"), 2026, 3), QStringLiteral("CCM-2026-3"));
}
