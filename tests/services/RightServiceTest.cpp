#include "services/RightService.h"

#include "DateText.h"
#include "NumberFormat.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
GrantRules::GrantRequest grant(RightKind kind, QDate from, QDate until = {})
{
    return {kind,
            QStringLiteral("DEC/%1").arg(from.toString(Qt::ISODate)),
            {},
            from,
            until.isValid() ? ValidityEnd::until(until) : ValidityEnd::defaultTerm()};
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
    EXPECT_EQ(AuditLog(StoreAccess::of(t.reg())).list(QStringLiteral("authorization"), id).size(),
              2);
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

namespace {
// Grants an authorization from 2026-01-01 ending as `end` asks, with `termMonths` as the
// settings' default term, and returns the last day of validity recorded (null: no end).
QDate recordedEnd(int termMonths, ValidityEnd end)
{
    TempRegister t;
    Settings s = t.reg().settings();
    s.defaultTermMonths = termMonths;
    t.reg().saveSettings(s);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    GrantRules::GrantRequest request = grant(RightKind::Authorization, QDate(2026, 1, 1));
    request.end = end;
    const Outcome<Granted> granted = t.reg().rights().grant(a, request);
    EXPECT_TRUE(granted) << (granted ? QString() : granted.refusal().message).toStdString();
    return granted ? RightTimeline(*t.reg().rights().find(granted.value().id)).finalValidUntil()
                   : QDate(1900, 1, 1);
}
} // namespace

TEST(RightService, EachValidityEndIsRecordedAsAsked)
{
    const QDate until(2026, 6, 30);
    for (const int term : {0, 12}) {
        SCOPED_TRACE(term);
        EXPECT_EQ(recordedEnd(term, ValidityEnd::until(until)), until);
        EXPECT_EQ(recordedEnd(term, ValidityEnd::noEnd()), QDate())
            << "\"without limit\" never gets the default term";
    }
    EXPECT_EQ(recordedEnd(0, ValidityEnd::defaultTerm()), QDate()) << "no default term: no end";
    EXPECT_EQ(recordedEnd(12, ValidityEnd::defaultTerm()), QDate(2026, 12, 31));
}

TEST(RightService, TellsTheDefaultLastDay)
{
    TempRegister t;
    EXPECT_EQ(t.reg().rights().defaultLastDay(QDate(2026, 3, 1)), QDate());
    Settings s = t.reg().settings();
    s.defaultTermMonths = 24;
    t.reg().saveSettings(s);
    EXPECT_EQ(t.reg().rights().defaultLastDay(QDate(2026, 3, 1)), QDate(2028, 2, 29));
}

TEST(RightService, NoEndOverlapsLikeNoEndWhateverTheDefaultTerm)
{
    // The overlap rule must judge the end that will be recorded: with a 12-month default term,
    // a grant "without limit" from 2026 overlaps one starting in 2030.
    TempRegister t;
    Settings s = t.reg().settings();
    s.defaultTermMonths = 12;
    t.reg().saveSettings(s);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    ASSERT_TRUE(t.reg().rights().grant(
        a, grant(RightKind::Authorization, QDate(2030, 1, 1), QDate(2030, 12, 31))));
    GrantRules::GrantRequest unlimited = grant(RightKind::Authorization, QDate(2026, 1, 1));
    unlimited.end = ValidityEnd::noEnd();
    const Check c = t.reg().rights().wouldGrant(a, unlimited);
    ASSERT_FALSE(c);
    EXPECT_EQ(c.refusal().rule, Rule::AuthorizationOverlap);
    unlimited.end = ValidityEnd::defaultTerm();
    EXPECT_TRUE(t.reg().rights().wouldGrant(a, unlimited));
}

TEST(RightService, ARefusalWritesNothing)
{
    TempRegister t;
    const qint64 a =
        t.reg().companies().add(sampleCompany(1, QStringLiteral("SA"), 100000)).value();
    t.reg().rights().grant(a, grant(RightKind::Authorization, QDate(2026, 1, 1)));
    const int audit = AuditLog(StoreAccess::of(t.reg())).list().size();
    const Outcome<Granted> refused =
        t.reg().rights().grant(a, grant(RightKind::National, QDate(2026, 2, 1)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().rule, Rule::CapitalBelowThreshold);
    EXPECT_EQ(AuditLog(StoreAccess::of(t.reg())).list().size(), audit);
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
    EXPECT_TRUE(preview.refusal().message.contains(DateText::of(QDate(2026, 3, 1))));
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

TEST(RightService, HostileReferenceOrReasonIsRefusedNamingTheField)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const Outcome<Granted> badRef = t.reg().rights().grant(
        company,
        {RightKind::Authorization, QStringLiteral("D-1\x1b[0m"), {}, QDate(2025, 1, 1), {}});
    ASSERT_FALSE(badRef);
    EXPECT_EQ(badRef.refusal().field, QStringLiteral("decision"));
    const qint64 id =
        t.reg()
            .rights()
            .grant(company,
                   {RightKind::Authorization, QStringLiteral("D-1"), {}, QDate(2025, 1, 1), {}})
            .value()
            .id;
    const Outcome<qint64> badReason = t.reg().rights().decide(
        id, {DecisionType::Suspend, {}, QDate(2026, 1, 10), QString(3000, QLatin1Char('r')), {}});
    ASSERT_FALSE(badReason);
    EXPECT_EQ(badReason.refusal().field, QStringLiteral("reason"));
    const Outcome<qint64> multiLine = t.reg().rights().decide(
        id, {DecisionType::Suspend, {}, QDate(2026, 1, 10), QStringLiteral("first\nsecond"), {}});
    EXPECT_TRUE(multiLine) << "a reason may have several lines";
}
