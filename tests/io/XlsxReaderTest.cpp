// The XLSX reader on workbooks shaped like the CCM's sheets, built with libxlsxwriter.
#include "io/XlsxReader.h"

#include "XlsxFixture.h"

#include <gtest/gtest.h>
#include <xlsxwriter.h>

using namespace cinereg;
using namespace cinereg::test;

namespace {
SheetTable readOk(const QByteArray& bytes)
{
    const Outcome<SheetTable> table = XlsxReader::read(bytes);
    EXPECT_TRUE(table.ok()) << (table.ok() ? "" : table.refusal().message.toStdString());
    return table.ok() ? table.value() : SheetTable{};
}
} // namespace

TEST(XlsxReader, SharedStringsNumbersAndDates)
{
    const QByteArray bytes = buildXlsx([](lxw_workbook* wb, lxw_worksheet* ws) {
        lxw_format* date = workbook_add_format(wb);
        format_set_num_format(date, "dd/mm/yyyy");
        worksheet_write_string(ws, 0, 0, "ice", nullptr);
        worksheet_write_string(ws, 0, 1, "from", nullptr);
        worksheet_write_string(ws, 0, 2, "capital", nullptr);
        worksheet_write_string(ws, 0, 3, "name_ar", nullptr);
        worksheet_write_number(ws, 1, 0, 1561191000066.0, nullptr); // ICE typed as a number
        worksheet_write_number(ws, 1, 1, 45658, date);              // 2025-01-01 as a serial
        worksheet_write_number(ws, 1, 2, 400000, nullptr);
        worksheet_write_string(ws, 1, 3, "أطلس", nullptr);
    });
    const SheetTable t = readOk(bytes);
    ASSERT_EQ(t.header.size(), 4);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("1561191000066"));
    EXPECT_EQ(t.rows[0].cells.at(1), QStringLiteral("2025-01-01"));
    EXPECT_EQ(t.rows[0].cells.at(2), QStringLiteral("400000"));
    EXPECT_EQ(t.rows[0].cells.at(3), QStringLiteral("أطلس"));
    EXPECT_EQ(t.rows[0].line, 2);
}

TEST(XlsxReader, InlineStringsFromConstantMemoryWriters)
{
    const QByteArray bytes = buildXlsx(
        [](lxw_workbook*, lxw_worksheet* ws) {
            worksheet_write_string(ws, 0, 0, "name", nullptr);
            worksheet_write_string(ws, 1, 0, "Atlas Films", nullptr);
        },
        true);
    ASSERT_TRUE(bytes.contains("inlineStr") || !bytes.isEmpty());
    const SheetTable t = readOk(bytes);
    ASSERT_EQ(t.rows.size(), 1);
    EXPECT_EQ(t.rows[0].cells.at(0), QStringLiteral("Atlas Films"));
}

TEST(XlsxReader, MergedHeaderCellsNameEveryColumnAndEmptyTrailingRowsAreDropped)
{
    const QByteArray bytes = buildXlsx([](lxw_workbook* wb, lxw_worksheet* ws) {
        lxw_format* bordered = workbook_add_format(wb);
        format_set_border(bordered, LXW_BORDER_THIN);
        // A title merged over the table, then "ICE" merged over two header rows.
        worksheet_merge_range(ws, 0, 0, 0, 2, "Registre CCM 2024", nullptr);
        worksheet_merge_range(ws, 1, 0, 2, 0, "ICE", nullptr);
        worksheet_write_string(ws, 1, 1, "Validité", nullptr);
        worksheet_write_string(ws, 2, 1, "du", nullptr);
        worksheet_write_string(ws, 2, 2, "au", nullptr);
        worksheet_write_string(ws, 3, 0, "001561191000066", nullptr);
        worksheet_write_string(ws, 3, 1, "2024-01-01", nullptr);
        // Formatted but empty rows below the data, as Excel leaves them.
        for (int r = 4; r < 9; ++r)
            worksheet_write_blank(ws, lxw_row_t(r), 0, bordered);
    });
    const SheetTable t = readOk(bytes);
    EXPECT_EQ(t.header.at(0), QStringLiteral("Registre CCM 2024"));
    EXPECT_EQ(t.header.at(2), QStringLiteral("Registre CCM 2024"));
    ASSERT_EQ(t.rows.size(), 3); // the two header rows and one data row; blanks dropped
    EXPECT_EQ(t.rows[1].cells.at(0), QStringLiteral("ICE")); // the merged cell, second row
    EXPECT_EQ(t.rows[1].cells.at(1), QStringLiteral("du"));
    EXPECT_EQ(t.rows[2].line, 4);
}

TEST(XlsxReader, SerialDatesFollowExcelsCalendar)
{
    EXPECT_EQ(XlsxReader::fromSerial(1), QDate(1900, 1, 1));
    EXPECT_EQ(XlsxReader::fromSerial(59), QDate(1900, 2, 28));
    EXPECT_EQ(XlsxReader::fromSerial(61), QDate(1900, 3, 1));
    EXPECT_EQ(XlsxReader::fromSerial(45658), QDate(2025, 1, 1));
    EXPECT_FALSE(XlsxReader::fromSerial(-3).isValid());
    EXPECT_EQ(XlsxReader::columnOf(QStringLiteral("AB12")), 27);
}

TEST(XlsxReader, GarbageIsRefusedNotCrashed)
{
    EXPECT_FALSE(XlsxReader::read("PK\x03\x04 not really a zip").ok());
    EXPECT_FALSE(XlsxReader::read(QByteArray()).ok());
}
