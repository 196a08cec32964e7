#include "statistics/StatisticsService.h"

#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "StatisticsRegister.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const YearFigures* year(const RegisterFigures& f, int y)
{
    for (const YearFigures& row : f.perYear)
        if (row.year == y)
            return &row;
    return nullptr;
}

RegisterFigures figures(TempRegister& t, QDate on, std::optional<int> from = std::nullopt,
                        std::optional<int> to = std::nullopt)
{
    const Outcome<RegisterFigures> f = StatisticsService(t.reg()).figures({on, from, to});
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.refusal().message.toStdString());
    return f.value();
}
// The generated register's rows are recorded as entered by "generator": on a server, the author of
// a row must be the login that writes it.
const QString Generator = QStringLiteral("generator");
} // namespace

// The expected numbers are counted by hand from the histories in StatisticsRegister.h.
TEST(StatisticsService, InForceFollowsEffectivenessIncludingASuspendedAuthorization)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = figures(t, QDate(2026, 6, 30));
    // Authorizations: Atlas, Bahia (Rabat, granted 2026) and Tingis (re-authorized in 2026).
    // Not: Rif (suspended 2026-05-01), Oasis (expired 2025-12-31), Sahel (starts 2026-09-01).
    EXPECT_EQ(f.inForce.authorization, 3);
    // National: Atlas only. Rif's own accreditation is active but its authorization is
    // suspended; Bahia's was revoked on 2026-04-01.
    EXPECT_EQ(f.inForce.national, 1);
    EXPECT_EQ(f.inForce.international, 1);
}

TEST(StatisticsService, ByCityGroupsSpellingsAndOmitsCitiesWithNothingInForce)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = figures(t, QDate(2026, 6, 30));
    ASSERT_EQ(f.byCity.size(), 2);
    // Atlas (Casablanca) and Tingis (written "casablanca"), the larger city first.
    EXPECT_EQ(f.byCity[0].city, QStringLiteral("Casablanca"));
    EXPECT_EQ(f.byCity[0].inForce, (RightsInForce{2, 1, 1}));
    // Rabat: Bahia only; Rif is there too but holds nothing in force.
    EXPECT_EQ(f.byCity[1].city, QStringLiteral("Rabat"));
    EXPECT_EQ(f.byCity[1].inForce, (RightsInForce{1, 0, 0}));
}

TEST(StatisticsService, PerYearCountsWhatTookEffectUpToTheDay)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = figures(t, QDate(2026, 6, 30));
    EXPECT_EQ(f.fromYear, 2023); // the first decision: Oasis, 2023-05-01
    EXPECT_EQ(f.toYear, 2026);
    ASSERT_EQ(f.perYear.size(), 4);
    const YearFigures* y2023 = year(f, 2023);
    const YearFigures* y2024 = year(f, 2024);
    const YearFigures* y2025 = year(f, 2025);
    const YearFigures* y2026 = year(f, 2026);
    ASSERT_TRUE(y2023 && y2024 && y2025 && y2026);
    EXPECT_EQ(y2023->grants, 1); // Oasis
    EXPECT_EQ(y2024->grants, 3); // Atlas authorization and national, Tingis
    EXPECT_EQ(y2025->grants, 3); // Atlas international, Rif authorization and national
    // Bahia authorization and national, Tingis again; Sahel's takes effect after the day.
    EXPECT_EQ(y2026->grants, 3);
    EXPECT_EQ(y2025->suspensions + y2024->suspensions + y2023->suspensions, 0);
    EXPECT_EQ(y2026->suspensions, 1);
    EXPECT_EQ(y2025->revocations, 1); // Tingis
    EXPECT_EQ(y2026->revocations, 1); // Bahia's national
    // New entrants: first authorization ever. Tingis's second one (2026) does not count, and
    // Sahel's starts after the day.
    EXPECT_EQ(y2023->newEntrants, 1);
    EXPECT_EQ(y2024->newEntrants, 2);
    EXPECT_EQ(y2025->newEntrants, 1);
    EXPECT_EQ(y2026->newEntrants, 1);
    EXPECT_EQ(y2025->productionsNational, 1);
    EXPECT_EQ(y2025->productionsForeign, 0);
    EXPECT_EQ(y2026->productionsForeign, 1);
    EXPECT_EQ(y2026->productionsNational, 0); // shooting 2026-08-01, after the day
}

TEST(StatisticsService, PeriodFilterAndAnEarlierDay)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = figures(t, QDate(2025, 12, 31), 2025, 2025);
    ASSERT_EQ(f.perYear.size(), 1);
    EXPECT_EQ(f.perYear[0].year, 2025);
    EXPECT_EQ(f.perYear[0].grants, 3);
    EXPECT_EQ(f.perYear[0].revocations, 1);
    EXPECT_EQ(f.perYear[0].suspensions, 0);
    EXPECT_EQ(f.perYear[0].newEntrants, 1);
    EXPECT_EQ(f.perYear[0].productionsNational, 1);
    // On 2025-12-31: Atlas, Rif and Oasis (its last day); Tingis was revoked in September.
    EXPECT_EQ(f.inForce, (RightsInForce{3, 2, 1}));

    // A year after the day counts nothing yet.
    const RegisterFigures later = figures(t, QDate(2026, 6, 30), 2026, 2027);
    ASSERT_EQ(later.perYear.size(), 2);
    EXPECT_EQ(later.perYear[1].grants, 0);
    EXPECT_EQ(later.perYear[1].newEntrants, 0);
}

TEST(StatisticsService, MembersCountedFromTheirDate)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = figures(t, QDate(2026, 6, 30));
    ASSERT_EQ(f.bodies.size(), 2); // the settings' bodies, in their order
    EXPECT_EQ(f.bodies[0].body, QStringLiteral("CNPF"));
    EXPECT_EQ(f.bodies[0].members, 2); // Atlas (2024) and Bahia (undated); Rif joins in 2027
    EXPECT_EQ(f.bodies[1].body, QStringLiteral("CMPF"));
    EXPECT_EQ(f.bodies[1].members, 1); // Rif (undated)
    EXPECT_EQ(figures(t, QDate(2027, 2, 1)).bodies[0].members, 3);
}

TEST(StatisticsService, RefusesAnInvertedOrAbsurdPeriod)
{
    TempRegister t(StatisticsRegister::Today);
    const Outcome<RegisterFigures> inverted =
        StatisticsService(t.reg()).figures({QDate(2026, 6, 30), 2026, 2024});
    ASSERT_FALSE(inverted);
    EXPECT_EQ(inverted.refusal().field, QStringLiteral("from"));
    EXPECT_EQ(inverted.refusal().rule, Rule::InvalidField);
    const Outcome<RegisterFigures> absurd =
        StatisticsService(t.reg()).figures({QDate(2026, 6, 30), std::nullopt, 20260});
    ASSERT_FALSE(absurd);
    EXPECT_EQ(absurd.refusal().field, QStringLiteral("to"));
}

TEST(StatisticsService, EmptyRegisterGivesTheYearOfTheDay)
{
    TempRegister t(StatisticsRegister::Today);
    const RegisterFigures f = figures(t, QDate(2026, 6, 30));
    EXPECT_EQ(f.inForce, (RightsInForce{0, 0, 0}));
    EXPECT_TRUE(f.byCity.isEmpty());
    ASSERT_EQ(f.perYear.size(), 1);
    EXPECT_EQ(f.perYear[0].year, 2026);
}

// The store reads the rights in its own passes; on a lifelike register (renewals, suspensions,
// revocations, expiries) the totals must equal the effectiveness rules applied company by
// company to every right.
TEST(StatisticsService, InForceEqualsTheRulesAppliedToEveryCompany)
{
    TempRegister t(QDate(2026, 3, 2), Generator); // on a server, the generator's own login
    generateRegister(t.reg(), {300, 7, {}});
    for (const QDate on : {QDate(2026, 3, 2), QDate(2024, 7, 1), QDate(2026, 11, 15)}) {
        RightsInForce expected;
        for (qint64 id = 1; id <= 300; ++id) {
            const CompanyRights held = t.reg().rights().ofCompany(id);
            QVector<Right> national, international;
            for (const Right& r : held.accreditations)
                (r.kind == RightKind::National ? national : international).append(r);
            const auto active = [](std::optional<RightStatus> s) {
                return s == RightStatus::Active;
            };
            expected.authorization +=
                active(EffectivenessRules::authorizationStatusOn(held.authorizations, on));
            expected.national +=
                active(EffectivenessRules::tierStatusOn(national, held.authorizations, on));
            expected.international +=
                active(EffectivenessRules::tierStatusOn(international, held.authorizations, on));
        }
        EXPECT_GT(expected.authorization, 0);
        EXPECT_EQ(figures(t, on).inForce, expected) << on.toString(Qt::ISODate).toStdString();
    }
}

// The yearly series come from the counts the schema keeps per year (less, in the day's year,
// what takes effect after the day); on a lifelike register they must equal every decision,
// authorization and production counted one by one, whatever the day: before anything, at the
// turn of a year, either side of the middle of one (the day's year is counted from its start
// or from its end), and after everything.
TEST(StatisticsService, PerYearEqualsEveryRowCountedOnAnyDay)
{
    TempRegister t(QDate(2026, 3, 2), Generator); // on a server, the generator's own login
    generateRegister(t.reg(), {300, 7, {}});
    QVector<Right> rights;
    for (qint64 id = 1; id <= 300; ++id) {
        const CompanyRights held = t.reg().rights().ofCompany(id);
        rights += held.authorizations + held.accreditations;
    }
    const QVector<Production> productions = t.reg().productions().list({});
    ASSERT_FALSE(productions.isEmpty());
    for (const QDate on :
         {QDate(2026, 3, 2), QDate(2010, 1, 1), QDate(2024, 1, 1), QDate(2024, 7, 1),
          QDate(2024, 7, 2), QDate(2025, 12, 31), QDate(2026, 11, 15), QDate(2031, 6, 30)}) {
        QMap<int, YearFigures> expected;
        QHash<qint64, QDate> firstOf;
        for (const Right& r : rights) {
            for (const Decision& d : r.history) {
                if (d.effective > on)
                    continue;
                YearFigures& y = expected[d.effective.year()];
                y.grants += d.type == DecisionType::Grant;
                y.suspensions += d.type == DecisionType::Suspend;
                y.revocations += d.type == DecisionType::Revoke;
            }
            if (r.kind == RightKind::Authorization) {
                QDate& first = firstOf[r.companyId];
                if (first.isNull() || r.validFrom < first)
                    first = r.validFrom;
            }
        }
        for (const QDate& first : std::as_const(firstOf))
            if (first <= on)
                ++expected[first.year()].newEntrants;
        for (const Production& p : productions)
            if (p.shootFrom <= on)
                ++(p.kind == ProductionKind::National
                       ? expected[p.shootFrom.year()].productionsNational
                       : expected[p.shootFrom.year()].productionsForeign);
        const RegisterFigures f = figures(t, on, 2005, 2034);
        ASSERT_EQ(f.perYear.size(), 30);
        int events = 0;
        for (const YearFigures& y : f.perYear) {
            const YearFigures e = expected.value(y.year);
            const std::string at =
                on.toString(Qt::ISODate).toStdString() + ", year " + std::to_string(y.year);
            EXPECT_EQ(y.grants, e.grants) << at;
            EXPECT_EQ(y.suspensions, e.suspensions) << at;
            EXPECT_EQ(y.revocations, e.revocations) << at;
            EXPECT_EQ(y.newEntrants, e.newEntrants) << at;
            EXPECT_EQ(y.productionsNational, e.productionsNational) << at;
            EXPECT_EQ(y.productionsForeign, e.productionsForeign) << at;
            events += y.grants + y.newEntrants + y.productionsNational;
        }
        if (on.year() >= 2024)
            EXPECT_GT(events, 0) << on.toString(Qt::ISODate).toStdString();
        // Without a period, the series starts at the first year with a decision or a shooting.
        int first = 0;
        for (auto it = expected.cbegin(); it != expected.cend() && !first; ++it)
            if (it.value().grants + it.value().suspensions + it.value().revocations +
                    it.value().productionsNational + it.value().productionsForeign >
                0)
                first = it.key();
        if (first)
            EXPECT_EQ(figures(t, on).fromYear, first) << on.toString(Qt::ISODate).toStdString();
    }
}
