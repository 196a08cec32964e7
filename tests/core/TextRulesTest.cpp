#include "TextRules.h"

#include "Identifiers.h"

#include <gtest/gtest.h>

using namespace cinereg;

namespace {
std::optional<Refusal> checkName(const QString& text)
{
    return TextRules::check(text, QStringLiteral("name"), QStringLiteral("The name"),
                            TextRules::NameMax, TextRules::Content::Name);
}
} // namespace

TEST(TextRules, AcceptsOrdinaryLatinAndArabicNames)
{
    EXPECT_FALSE(checkName(QStringLiteral("Société Atlas Films & Co.")));
    EXPECT_FALSE(checkName(QStringLiteral("أطلس فيلمز")));
    // ZWNJ/ZWJ shape Arabic and Persian letters: they are part of real names.
    EXPECT_FALSE(checkName(QStringLiteral("می\u200Cخواهم")));
}

TEST(TextRules, RefusesTooLongWithTheLimitInTheMessage)
{
    const auto refusal = checkName(QString(TextRules::NameMax + 1, QLatin1Char('a')));
    ASSERT_TRUE(refusal);
    EXPECT_EQ(refusal->field, QStringLiteral("name"));
    EXPECT_TRUE(refusal->message.contains(QString::number(TextRules::NameMax)))
        << refusal->message.toStdString();
    EXPECT_FALSE(checkName(QString(TextRules::NameMax, QLatin1Char('a'))));
}

TEST(TextRules, RefusesControlEscapeAndLineBreaks)
{
    for (const QString& bad : {QStringLiteral("Atlas\nFilms"), QStringLiteral("Atlas\tFilms"),
                               QStringLiteral("Atlas\x1b[31mFilms"), QStringLiteral("Atlas\rX"),
                               QStringLiteral("Atlas\u0085X"), QStringLiteral("Atlas\u2028X"),
                               QString(QStringLiteral("Atlas")) + QChar(0) + QStringLiteral("X")})
        EXPECT_TRUE(checkName(bad)) << bad.toStdString();
}

TEST(TextRules, RefusesEveryBidiEmbeddingOverrideAndIsolate)
{
    for (char16_t c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
        const auto refusal =
            checkName(QStringLiteral("Atlas") + QChar(c) + QStringLiteral("smliF"));
        ASSERT_TRUE(refusal) << int(c);
        EXPECT_TRUE(
            refusal->message.contains(QStringLiteral("U+") + QString::number(int(c), 16).toUpper()))
            << refusal->message.toStdString();
    }
}

TEST(TextRules, RefusesReplacementCharacterAndLoneSurrogates)
{
    EXPECT_TRUE(checkName(QStringLiteral("Atlas \uFFFD Films")));
    EXPECT_TRUE(checkName(QStringLiteral("Atlas ") + QChar(0xD800) + QStringLiteral(" Films")));
    EXPECT_TRUE(checkName(QStringLiteral("Atlas ") + QChar(0xDC00)));
}

TEST(TextRules, ANameMadeOfInvisibleCharactersNamesNothing)
{
    EXPECT_TRUE(checkName(QStringLiteral("\u200B\u200B\u2060\uFEFF")));
    EXPECT_TRUE(checkName(QStringLiteral("\u00AD")));
    EXPECT_TRUE(checkName(QStringLiteral("...")));
    // Free text (a reference) may be punctuation only.
    EXPECT_FALSE(TextRules::check(QStringLiteral("-"), QStringLiteral("decision"),
                                  QStringLiteral("Ref"), TextRules::ReferenceMax));
}

TEST(TextRules, ParagraphsMayHoldLineBreaksButNoOtherControl)
{
    using C = TextRules::Content;
    EXPECT_FALSE(TextRules::check(QStringLiteral("line one\nline two"), QStringLiteral("reason"),
                                  QStringLiteral("Reason"), TextRules::ReasonMax, C::Paragraph));
    EXPECT_TRUE(TextRules::check(QStringLiteral("line\x1b"), QStringLiteral("reason"),
                                 QStringLiteral("Reason"), TextRules::ReasonMax, C::Paragraph));
}

TEST(TextRules, CollapseSpacesKeepsControlsForTheCheckToSee)
{
    EXPECT_EQ(TextRules::collapseSpaces(QStringLiteral("  Atlas \u00A0  Films  ")),
              QStringLiteral("Atlas Films"));
    EXPECT_EQ(TextRules::collapseSpaces(QStringLiteral(" Atlas\nFilms ")),
              QStringLiteral("Atlas\nFilms"));
}

TEST(Identifiers, ATrailingLineBreakDoesNotPassAFormat)
{
    // QRegularExpression's "$" also matches before a final newline.
    EXPECT_FALSE(Identifiers::isValidRcNumber(QStringLiteral("252633\n")));
    EXPECT_FALSE(Identifiers::isValidCnie(QStringLiteral("BE123456\n")));
    EXPECT_FALSE(Identifiers::isValidEmail(QStringLiteral("a@b.ma\n")));
    EXPECT_FALSE(Identifiers::isValidPhone(QStringLiteral("0522000000\n")));
    EXPECT_FALSE(Identifiers::parseIsoDate(QStringLiteral("2026-03-02\n")));
    EXPECT_TRUE(Identifiers::isValidRcNumber(QStringLiteral("252633")));
}

TEST(Identifiers, LegalFormNormalisingTwiceChangesNothing)
{
    // Found by fuzz_identifiers: an underscore at either end became a space after the trimming.
    EXPECT_EQ(Identifiers::normalizeLegalForm(QStringLiteral("sarl_au_")),
              QStringLiteral("SARL AU"));
    EXPECT_EQ(Identifiers::normalizeLegalForm(QStringLiteral("_sa")), QStringLiteral("SA"));
    const QString once = Identifiers::normalizeLegalForm(QStringLiteral(" s_ _a "));
    EXPECT_EQ(Identifiers::normalizeLegalForm(once), once);
}
