// The CSV reader on the shapes clerks' files really have.
#include "io/CsvReader.h"

#include "io/LegacyEncoding.h"

#include <gtest/gtest.h>

using namespace cinereg;

namespace {
SheetTable readOk(const QByteArray& bytes)
{
    const Outcome<SheetTable> table = CsvReader::read(bytes);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.refusal().message.toStdString());
    return table.ok() ? table.value() : SheetTable{};
}
} // namespace

TEST(CsvReader, Utf8WithBomAndCommas)
{
    const SheetTable t = readOk("\xEF\xBB\xBFname,ice\r\nAtlas,001561191000066\r\n");
    ASSERT_EQ(t.header, QStringList({QStringLiteral("name"), QStringLiteral("ice")}));
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells,
              QStringList({QStringLiteral("Atlas"), QStringLiteral("001561191000066")}));
    EXPECT_EQ(t.rows[0].line, 2);
}

TEST(CsvReader, SemicolonsQuotesAndEmbeddedLineBreaksKeepSourceLines)
{
    const QByteArray csv = "Nom;Adresse;Ville\n"
                           "\"Atlas; Films\";\"12 bd Zerktouni\nEtage 3\";Casablanca\n"
                           "\"Dit \"\"Sud\"\"\";Rue 2;Agadir\n";
    const SheetTable t = readOk(csv);
    ASSERT_EQ(t.rows.size(), 2);
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("Atlas; Films"));
    EXPECT_EQ(t.rows[0].cells.at(1), QStringLiteral("12 bd Zerktouni\nEtage 3"));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].cells.at(0), QStringLiteral("Dit \"Sud\""));
    EXPECT_EQ(t.rows[1].line, 4); // the embedded line break moved it one line down
}

TEST(CsvReader, EmptyTrailingLinesAndSeparatorOnlyRowsAreDropped)
{
    const SheetTable t = readOk("a;b\n1;2\n;\n\n\r\n;;\n");
    EXPECT_EQ(t.rows.size(), 1);
}

TEST(CsvReader, Windows1256ArabicFromExcel)
{
    // "أطلس" in Windows-1256, then a French word with é in the same file.
    const QByteArray csv = "name;name_ar\r\nCin\xE9ma;\xC3\xD8\xE1\xD3\r\n";
    EXPECT_EQ(LegacyEncoding::detect(csv), LegacyEncoding::CodePage::Windows1256);
    const SheetTable t = readOk(csv);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells.at(1), QStringLiteral("أطلس"));
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("Cinéma"));
}

TEST(CsvReader, Windows1252FrenchFromExcel)
{
    const QByteArray csv = "Nom;Ville\r\nSoci\xE9t\xE9 \xC9toile;F\xE8s\r\n";
    EXPECT_EQ(LegacyEncoding::detect(csv), LegacyEncoding::CodePage::Windows1252);
    const SheetTable t = readOk(csv);
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("Société Étoile"));
    EXPECT_EQ(t.rows[0].cells.at(1), QStringLiteral("Fès"));
}

TEST(CsvReader, Utf8WithoutBomStaysUtf8)
{
    const SheetTable t = readOk(QStringLiteral("name_ar\nأطلس للإنتاج\n").toUtf8());
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("أطلس للإنتاج"));
}

TEST(CsvReader, UnclosedQuoteAndEmptyFileAreRefused)
{
    EXPECT_FALSE(CsvReader::read("a,b\n\"open,1\n").ok());
    EXPECT_FALSE(CsvReader::read("").ok());
    EXPECT_FALSE(CsvReader::read("\n\n").ok());
}

TEST(CsvReader, QuotesInsideFieldsTabsAndOldLineEndings)
{
    // A quote inside an unquoted field is a character; text after a closing quote joins the
    // field; CR alone ends a line (old Mac files) and, inside quotes, is a line break.
    const QByteArray csv = "a\tb\tc\r"
                           "Dit \"Sud\"\t\"ab\"cd\t\"x\ry\"\r"
                           "\"\"\t\"\"\"\"\t\"\"\"q\"\"\"\n"
                           "last\t\t";
    const SheetTable t = readOk(csv);
    ASSERT_EQ(t.header,
              QStringList({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    ASSERT_EQ(t.rows.size(), 3);
    EXPECT_EQ(t.rows[0].cells, QStringList({QStringLiteral("Dit \"Sud\""), QStringLiteral("abcd"),
                                            QStringLiteral("x\ny")}));
    EXPECT_EQ(t.rows[0].line, 2);
    EXPECT_EQ(t.rows[1].cells,
              QStringList({QString(), QStringLiteral("\""), QStringLiteral("\"q\"")}));
    EXPECT_EQ(t.rows[1].line, 3); // a CR inside quotes is not counted as a line
    EXPECT_EQ(t.rows[2].cells, QStringList({QStringLiteral("last"), QString(), QString()}));
    EXPECT_EQ(t.rows[2].line, 4);
}
