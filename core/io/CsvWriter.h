#pragma once

#include "../Refusal.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cinereg {

// Writes a sheet as CSV in UTF-8 with a BOM (so Excel shows Arabic correctly), `,` separated,
// quoting fields that hold a separator, a quote or a line break. Saved through QSaveFile: a
// failed write leaves any earlier file untouched.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static QByteArray encode(const QStringList& header, const QVector<QStringList>& rows);
    static Check write(const QString& path, const QStringList& header,
                       const QVector<QStringList>& rows);
};

} // namespace cinereg
