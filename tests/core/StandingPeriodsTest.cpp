// The indexed standing periods answer exactly what the rules answer from the histories.
#include "StandingPeriods.h"

#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "Names.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/IntegrityService.h"
#include "services/ProductionService.h"
#include "store/RightStore.h"
#include "store/StandingStore.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 3, 2);

struct Generated
{
    TempRegister t{Today};
    Generated() { generateRegister(t.reg(), {300, 7, Today}); }
    QHash<qint64, CompanyRights> all()
    {
        RightStore rights(StoreAccess::of(t.reg()));
        return rights.ofCompanies(rights.allCompanyIdsWithRights());
    }
};

QVector<QDate> probeDays()
{
    QVector<QDate> days;
    for (int offset = -1500; offset <= 1500; offset += 97)
        days.append(Today.addDays(offset));
    return days;
}
} // namespace

TEST(StandingPeriods, EachPeriodHoldsTheRulesStatusOnEveryProbedDay)
{
    Generated g;
    int checked = 0;
    const auto all = g.all();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QVector<StandingPeriod> periods = StandingPeriods::of(it.value());
        for (RightKind kind :
             {RightKind::Authorization, RightKind::National, RightKind::International}) {
            for (QDate day : probeDays()) {
                std::optional<RightStatus> fromPeriods;
                for (const StandingPeriod& p : periods)
                    if (p.kind == kind && (!p.start.isValid() || p.start <= day) &&
                        (!p.end.isValid() || day <= p.end)) {
                        EXPECT_FALSE(fromPeriods) << "two periods cover one day";
                        fromPeriods = p.status;
                    }
                EXPECT_EQ(fromPeriods, StandingPeriods::statusOn(it.value(), kind, day))
                    << "company " << it.key() << " on " << day.toString(Qt::ISODate).toStdString();
                ++checked;
            }
        }
    }
    EXPECT_GT(checked, 1000);
}

TEST(StandingPeriods, EligibilityFromTheIndexEqualsTheRuleByRuleAnswer)
{
    Generated g;
    const auto all = g.all();
    int eligibleSeen = 0;
    for (ProductionKind kind : {ProductionKind::National, ProductionKind::Foreign}) {
        const RightKind tier = Names::requiredTier(kind);
        for (int offset = -800; offset <= 800; offset += 53) {
            const QDate from = Today.addDays(offset);
            for (int length : {0, 6, 45, 400}) {
                const QDate to = from.addDays(length);
                QSet<qint64> expected;
                for (auto it = all.begin(); it != all.end(); ++it) {
                    const QVector<Right> accreditations = it.value().ofTier(tier);
                    if (!accreditations.isEmpty() &&
                        !EffectivenessRules::firstUncoveredDay(accreditations,
                                                               it.value().authorizations, from, to)
                             .isValid())
                        expected.insert(it.key());
                }
                QSet<qint64> fast;
                for (const Eligibility& e : g.t.reg().productions().eligibility(kind, from, to))
                    fast.insert(e.company.id);
                EXPECT_EQ(fast, expected)
                    << from.toString(Qt::ISODate).toStdString() << " +" << length;
                QSet<qint64> flagged;
                for (const Eligibility& e :
                     g.t.reg().productions().eligibility(kind, from, to, true))
                    if (e.eligible)
                        flagged.insert(e.company.id);
                EXPECT_EQ(flagged, expected);
                eligibleSeen += expected.size();
            }
        }
    }
    EXPECT_GT(eligibleSeen, 100) << "the generated register must exercise the answer";
}

TEST(StandingPeriods, TierListsFromTheIndexEqualTheRuleByRuleAnswer)
{
    Generated g;
    const auto all = g.all();
    for (QDate day : probeDays()) {
        for (RightKind kind :
             {RightKind::Authorization, RightKind::National, RightKind::International}) {
            for (RightStatus status :
                 {RightStatus::Active, RightStatus::Suspended, RightStatus::Expired,
                  RightStatus::Revoked, RightStatus::Pending}) {
                QSet<qint64> expected;
                for (auto it = all.begin(); it != all.end(); ++it)
                    if (StandingPeriods::statusOn(it.value(), kind, day) == status)
                        expected.insert(it.key());
                CompanyListQuery q;
                q.on = day;
                if (kind != RightKind::Authorization)
                    q.tier = kind;
                q.status = status;
                QSet<qint64> fast;
                for (const CompanyListEntry& e : g.t.reg().companies().list(q)) {
                    fast.insert(e.company.id);
                    EXPECT_EQ(e.standing.of(kind), status);
                }
                EXPECT_EQ(fast, expected)
                    << day.toString(Qt::ISODate).toStdString() << " "
                    << Names::code(kind).toStdString() << " " << Names::code(status).toStdString();
            }
        }
    }
}

TEST(StandingPeriods, AFileOfThePreviousVersionIsMigratedWithItsPeriods)
{
    Generated g;
    const QString path = g.t.path();
    const QVector<qint64> companies =
        RightStore(StoreAccess::of(g.t.reg())).allCompanyIdsWithRights();
    ASSERT_FALSE(companies.isEmpty());
    QVector<QVector<StandingPeriod>> before;
    for (qint64 id : companies)
        before.append(StandingStore(StoreAccess::of(g.t.reg())).ofCompany(id));
    {
        // Make the file what the version before standing periods (schema 4) wrote: neither their
        // table nor the later seal's.
        Register& reg = g.t.reg();
        StoreAccess::of(reg).run(QStringLiteral("DROP TABLE standing_periods"));
        StoreAccess::of(reg).run(QStringLiteral("DROP TABLE integrity_seal"));
        StoreAccess::of(reg).run(QStringLiteral("PRAGMA user_version = 4"));
    }
    g.t.reopen();
    for (int i = 0; i < companies.size(); ++i)
        EXPECT_EQ(StandingStore(StoreAccess::of(g.t.reg())).ofCompany(companies[i]), before[i]);
    EXPECT_TRUE(StandingStore(StoreAccess::of(g.t.reg())).mismatches().isEmpty());
}

TEST(StandingPeriods, CheckFlagsAPeriodEditedByHand)
{
    Generated g;
    EXPECT_TRUE(StandingStore(StoreAccess::of(g.t.reg())).mismatches().isEmpty());
    const QStringList clean = g.t.reg().integrity().findings();
    StoreAccess::of(g.t.reg()).run(QStringLiteral(
        "UPDATE standing_periods SET status = 'active' WHERE rowid = (SELECT min(rowid) FROM "
        "standing_periods WHERE status <> 'active')"));
    const QVector<qint64> stale = StandingStore(StoreAccess::of(g.t.reg())).mismatches();
    ASSERT_EQ(stale.size(), 1);
    // The register's seal names the changed table too; the periods' own finding names the company.
    const QStringList findings = g.t.reg().integrity().findings();
    EXPECT_GT(findings.size(), clean.size());
    EXPECT_TRUE(findings.join(QLatin1Char('\n')).contains(QString::number(stale.front())));
}
