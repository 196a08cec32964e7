#pragma once

#include "statistics/RegisterFigures.h"

#include <QString>
#include <QVector>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace cinereg::ui {

// The register's figures as charts, the same on screen (Statistics tab) and on paper (the
// report): every number comes from RegisterFigures, nothing is counted here. Texts are in the
// language asked for, whatever the window's, so a report can be printed in French or Arabic.
class StatisticsCharts
{
public:
    enum class Chart { InForce, ByCity, Decisions, Productions, Bodies };
    static QVector<Chart> all();

    // `forPrint`: Arabic lam-alef written as presentation forms, so the PDF's text extracts whole.
    StatisticsCharts(const RegisterFigures& figures, QString language, bool forPrint = false);

    QChart* make(Chart chart) const; // a new chart, owned by the caller
    QString title(Chart chart) const;
    QString fileName(Chart chart) const; // a name for its PNG, e.g. "in-force-2026-06-30.png"
    QString text(const char* source) const;

    static constexpr int MaxCities = 12; // the rest are summed as "Other cities"

private:
    QChart* inForce() const;
    QChart* byCity() const;
    QChart* decisions() const;
    QChart* productions() const;
    QChart* bodies() const;
    QChart* barChart(const QString& title, const QStringList& categories) const;

    const RegisterFigures& m_figures;
    QString m_language;
    bool m_forPrint;
};

} // namespace cinereg::ui
