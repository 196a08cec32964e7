#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace cinereg {

// One data row of an imported sheet and the line (CSV) or row (XLSX) it came from, so that the
// row report points the clerk at the place to fix in the original file.
struct SheetRow
{
    int line = 0;
    QStringList cells;
};

// A sheet as the readers return it: the header line and the non-empty rows below it, every cell
// as text (dates already written as YYYY-MM-DD where the file said they were dates).
struct SheetTable
{
    QStringList header;
    int headerLine = 0;
    QVector<SheetRow> rows;
};

} // namespace cinereg
