#include "Identifiers.h"

#include <gtest/gtest.h>

using namespace cinereg;

struct IceCase
{
    const char* input;
    bool format;
    bool key;
};

class IceValidation : public ::testing::TestWithParam<IceCase>
{
};

TEST_P(IceValidation, FormatAndKey)
{
    const QString ice = Identifiers::normalizeIce(QString::fromUtf8(GetParam().input));
    EXPECT_EQ(Identifiers::iceHasValidFormat(ice), GetParam().format) << GetParam().input;
    EXPECT_EQ(Identifiers::iceHasValidKey(ice), GetParam().key) << GetParam().input;
}

INSTANTIATE_TEST_SUITE_P(
    Ice, IceValidation,
    ::testing::Values(IceCase{"001561191000066", true, true},
                      IceCase{"002136093000040", true, true},
                      IceCase{"001561191000065", true, false},
                      IceCase{"001 561 191 000 066", true, true}, // spaces ignored
                      IceCase{"00156119100006", false, false},    // 14 digits
                      IceCase{"0015611910000660", false, false},  // 16 digits
                      IceCase{"00156119100006A", false, false}, IceCase{"", false, false}));

TEST(Identifiers, TaxCnssCnieEmailCountry)
{
    using namespace Identifiers;
    EXPECT_TRUE(isValidTaxId(QStringLiteral("1234567")));
    EXPECT_TRUE(isValidTaxId(QStringLiteral("12345678")));
    EXPECT_FALSE(isValidTaxId(QStringLiteral("123456")));
    EXPECT_FALSE(isValidTaxId(QStringLiteral("123456789")));
    EXPECT_FALSE(isValidTaxId(QStringLiteral("1234567a")));
    EXPECT_TRUE(isValidCnss(QStringLiteral("1234567")));
    EXPECT_FALSE(isValidCnss(QStringLiteral("12345678")));
    EXPECT_TRUE(isValidCnie(normalizeCnie(QStringLiteral(" be123456 "))));
    EXPECT_TRUE(isValidCnie(QStringLiteral("A98765")));
    EXPECT_FALSE(isValidCnie(QStringLiteral("123456")));
    EXPECT_FALSE(isValidCnie(QStringLiteral("ABC123")));
    EXPECT_TRUE(isValidEmail(QStringLiteral("contact@atlas-films.ma")));
    EXPECT_FALSE(isValidEmail(QStringLiteral("contact@atlas")));
    EXPECT_TRUE(isValidCountryCode(QStringLiteral("FR")));
    EXPECT_FALSE(isValidCountryCode(QStringLiteral("XX")));
    EXPECT_FALSE(isValidCountryCode(QStringLiteral("fra")));
    EXPECT_TRUE(isValidRcNumber(QStringLiteral("252633")));
    EXPECT_FALSE(isValidRcNumber(QStringLiteral("RC-252633")));
}

TEST(Identifiers, StrictIsoDates)
{
    EXPECT_TRUE(Identifiers::parseIsoDate(QStringLiteral("2028-02-29")).has_value());
    EXPECT_FALSE(Identifiers::parseIsoDate(QStringLiteral("2026-02-29")).has_value());
    EXPECT_FALSE(Identifiers::parseIsoDate(QStringLiteral("2026-2-3")).has_value());
    EXPECT_FALSE(Identifiers::parseIsoDate(QStringLiteral("03/02/2026")).has_value());
    EXPECT_EQ(*Identifiers::parseIsoDate(QStringLiteral("2026-03-02")), QDate(2026, 3, 2));
}
