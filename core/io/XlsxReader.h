#pragma once

#include "../Refusal.h"
#include "SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

namespace cinereg {

// Reads the first worksheet of an XLSX workbook (Office Open XML: a zip of XML parts) with
// libzip and QXmlStreamReader, since Debian packages no XLSX reader: shared and inline strings,
// numbers, booleans, dates (serial numbers in a date format become YYYY-MM-DD), merged cells
// (every cell of a merged range carries the range's value, so a merged header still names each
// column) and trailing empty rows (dropped). The first non-empty row is the header.
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    static Outcome<SheetTable> read(const QByteArray& bytes);

    // Excel's day number (1900 date system, with its phantom 29 February 1900) as a date.
    static QDate fromSerial(double serial);
    // "C12" -> column 2 (0-based); -1 when the reference is malformed.
    static int columnOf(const QString& cellReference);
};

} // namespace cinereg
