#pragma once

#include "../Refusal.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cinereg {

// Writes a one-sheet XLSX workbook with libxlsxwriter: a bold, frozen header row, every cell as
// text (an ICE keeps its leading zeros, a date stays YYYY-MM-DD), the sheet right to left when
// the export is in Arabic. libxlsxwriter writes to a file name, so the workbook is built in a
// temporary file and then saved through QSaveFile.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWriter)

public:
    static Check write(const QString& path, const QStringList& header,
                       const QVector<QStringList>& rows, bool rightToLeft);
};

} // namespace cinereg
