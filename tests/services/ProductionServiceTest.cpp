#include "services/ProductionService.h"

#include "DateText.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
struct Fixture
{
    TempRegister t{QDate(2026, 3, 2)};
    qint64 company = 0;
    qint64 authorization = 0;
    qint64 national = 0;

    Fixture()
    {
        company = t.reg().companies().add(sampleCompany(1)).value();
        authorization =
            t.reg()
                .rights()
                .grant(company,
                       {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}})
                .value()
                .id;
        national = t.reg()
                       .rights()
                       .grant(company, {RightKind::National,
                                        QStringLiteral("N"),
                                        {},
                                        QDate(2025, 2, 1),
                                        ValidityEnd::until(QDate(2026, 6, 30))})
                       .value()
                       .id;
    }

    Production shoot(ProductionKind kind, QDate from, QDate to) const
    {
        Production p;
        p.title = QStringLiteral("Le Sable et l'Étoile");
        p.kind = kind;
        p.executorId = company;
        p.shootFrom = from;
        p.shootTo = to;
        if (kind == ProductionKind::Foreign) {
            p.foreignProducer = QStringLiteral("Studio Lumière");
            p.country = QStringLiteral("fr");
        }
        return p;
    }
};
} // namespace

TEST(ProductionService, NationalShootNeedsTheNationalTierEveryDay)
{
    Fixture f;
    EXPECT_TRUE(f.t.reg().productions().add(
        f.shoot(ProductionKind::National, QDate(2026, 6, 1), QDate(2026, 6, 30))));
    const Outcome<qint64> pastExpiry = f.t.reg().productions().add(
        f.shoot(ProductionKind::National, QDate(2026, 6, 20), QDate(2026, 7, 1)));
    ASSERT_FALSE(pastExpiry);
    EXPECT_EQ(pastExpiry.refusal().rule, Rule::NotEligible);
    EXPECT_TRUE(pastExpiry.refusal().message.contains(DateText::of(QDate(2026, 7, 1))));
}

TEST(ProductionService, ForeignShootNeedsTheInternationalTier)
{
    Fixture f;
    const Outcome<qint64> refused = f.t.reg().productions().add(
        f.shoot(ProductionKind::Foreign, QDate(2026, 4, 1), QDate(2026, 4, 5)));
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.refusal().rule, Rule::NotEligible);
    ASSERT_TRUE(f.t.reg().rights().grant(
        f.company, {RightKind::International, QStringLiteral("I"), {}, QDate(2026, 3, 1), {}}));
    const Outcome<qint64> id = f.t.reg().productions().add(
        f.shoot(ProductionKind::Foreign, QDate(2026, 4, 1), QDate(2026, 4, 5)));
    ASSERT_TRUE(id) << id.refusal().message.toStdString();
    EXPECT_EQ(f.t.reg().productions().list({})[0].country, QStringLiteral("FR"));
}

TEST(ProductionService, FieldsAreChecked)
{
    Fixture f;
    Production p = f.shoot(ProductionKind::Foreign, QDate(2026, 4, 1), QDate(2026, 4, 5));
    p.country = QStringLiteral("ZZ");
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("country"));
    p = f.shoot(ProductionKind::Foreign, QDate(2026, 4, 1), QDate(2026, 4, 5));
    p.foreignProducer.clear();
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("foreign-producer"));
    p = f.shoot(ProductionKind::National, QDate(2026, 4, 5), QDate(2026, 4, 1));
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("to"));
    p = f.shoot(ProductionKind::National, QDate(2026, 4, 1), QDate(2026, 4, 5));
    p.title = QStringLiteral("   ");
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("title"));
    p.title = QStringLiteral("X");
    p.executorId = 42;
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().rule, Rule::NotFound);
    EXPECT_TRUE(f.t.reg().productions().list({}).isEmpty());
}

TEST(ProductionService, SuspensionCascadesToEligibilityWithAReason)
{
    Fixture f;
    ASSERT_TRUE(f.t.reg().rights().decide(
        f.authorization, {DecisionType::Suspend, {}, QDate(2026, 4, 10), QStringLiteral("x"), {}}));
    const auto across = f.t.reg().productions().eligibility(
        ProductionKind::National, QDate(2026, 4, 1), QDate(2026, 4, 20), true);
    ASSERT_EQ(across.size(), 1);
    EXPECT_FALSE(across[0].eligible);
    EXPECT_TRUE(across[0].reason.contains(DateText::of(QDate(2026, 4, 10))));
    EXPECT_TRUE(f.t.reg()
                    .productions()
                    .eligibility(ProductionKind::National, QDate(2026, 4, 1), QDate(2026, 4, 20))
                    .isEmpty());
    const auto before = f.t.reg().productions().eligibility(ProductionKind::National,
                                                            QDate(2026, 4, 1), QDate(2026, 4, 9));
    ASSERT_EQ(before.size(), 1);
    EXPECT_TRUE(before[0].eligible);
    EXPECT_EQ(before[0].accreditations, QStringList{f.t.reg().rights().find(f.national)->number});
}

TEST(ProductionService, CompaniesWithoutProductionForFourYearsAreFlagged)
{
    Fixture f; // authorized since 2025-01-01
    EXPECT_TRUE(f.t.reg().productions().inactiveCompanies(QDate(2028, 12, 31)).isEmpty());
    const auto flagged = f.t.reg().productions().inactiveCompanies(QDate(2029, 1, 2));
    ASSERT_EQ(flagged.size(), 1);
    EXPECT_EQ(flagged[0].lastActivity, QDate(2025, 1, 1));
    ASSERT_TRUE(f.t.reg().productions().add(
        f.shoot(ProductionKind::National, QDate(2026, 5, 1), QDate(2026, 5, 10))));
    EXPECT_TRUE(f.t.reg().productions().inactiveCompanies(QDate(2029, 1, 2)).isEmpty());
    EXPECT_EQ(f.t.reg().productions().inactiveCompanies(QDate(2030, 5, 11)).size(), 1);
}

TEST(ProductionService, HostileTextIsRefusedNamingTheField)
{
    Fixture f;
    Production p = f.shoot(ProductionKind::National, QDate(2026, 4, 1), QDate(2026, 4, 5));
    p.title = QStringLiteral("Le film\nsecret");
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("title"));
    p.title = QString(100000, QLatin1Char('x'));
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("title"));
    p.title = QStringLiteral("\u202Emlif");
    EXPECT_EQ(f.t.reg().productions().add(p).refusal().field, QStringLiteral("title"));
    EXPECT_TRUE(f.t.reg().productions().list({}).isEmpty());
}
