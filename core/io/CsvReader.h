#pragma once

#include "../Refusal.h"
#include "SheetTable.h"

#include <QByteArray>
#include <QCoreApplication>

namespace cinereg {

// Reads a CSV file as clerks' spreadsheets write it: UTF-8 with or without BOM, or Windows-1256
// (Arabic) / Windows-1252 (French) from Excel; `,`, `;` or tab separators; quoted fields holding
// separators, doubled quotes and line breaks. The first non-empty line is the header.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static Outcome<SheetTable> read(const QByteArray& bytes);

    // The text of the file, decoded from its detected encoding.
    static QString decode(const QByteArray& bytes);
    static QChar detectSeparator(const QString& text);
};

} // namespace cinereg
