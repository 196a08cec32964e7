#pragma once

#include "statistics/RegisterFigures.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace cinereg::ui {

// The register's figures as a printed report (A4, French or Arabic, right to left in Arabic):
// the same charts as the Statistics tab, each with its figures in a table, so the numbers read
// the same on paper and on screen. Written by the window and by `cinereg-cli stats --out`.
// Qt Charts draws through QGraphicsScene, so a QApplication must exist (the CLI creates one on
// the offscreen platform for this command).
class StatisticsReport
{
public:
    static bool render(QPagedPaintDevice& device, const RegisterFigures& figures,
                       const QString& language);
    // Written through QSaveFile: on failure the previous file, if any, is left as it was.
    static bool writePdf(const QString& path, const RegisterFigures& figures,
                         const QString& language);
};

} // namespace cinereg::ui
