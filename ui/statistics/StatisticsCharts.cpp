#include "StatisticsCharts.h"

#include "Localization.h"
#include "PdfArabic.h"

#include <algorithm>
#include <QtCharts/QBarCategoryAxis>
#include <QtCharts/QBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QHorizontalBarSeries>
#include <QtCharts/QStackedBarSeries>
#include <QtCharts/QValueAxis>

namespace cinereg::ui {

namespace {
const char* const Context = "Statistics";

const char* source(StatisticsCharts::Chart chart)
{
    switch (chart) {
    case StatisticsCharts::Chart::InForce:
        return QT_TRANSLATE_NOOP("Statistics", "Rights in force");
    case StatisticsCharts::Chart::ByCity:
        return QT_TRANSLATE_NOOP("Statistics", "Rights in force by city");
    case StatisticsCharts::Chart::Decisions:
        return QT_TRANSLATE_NOOP("Statistics", "Grants, suspensions, revocations and new entrants");
    case StatisticsCharts::Chart::Productions:
        return QT_TRANSLATE_NOOP("Statistics", "Productions per year");
    case StatisticsCharts::Chart::Bodies:
        return QT_TRANSLATE_NOOP("Statistics", "Members per professional body");
    }
    return "";
}

QBarSet* barSet(const QString& label, const QVector<int>& values)
{
    auto* set = new QBarSet(label);
    for (int v : values)
        set->append(v);
    return set;
}

// A bar's value printed past its end needs room: a tenth more, at least one.
int withRoomForLabels(int highest)
{
    return highest + std::max(1, highest / 10);
}

// Whole numbers only.
QValueAxis* countAxis(int highest)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, std::max(highest, 1));
    axis->applyNiceNumbers();
    axis->setLabelFormat(QStringLiteral("%d"));
    if (axis->max() < 5)
        axis->setTickCount(int(axis->max()) + 1);
    return axis;
}
} // namespace

QVector<StatisticsCharts::Chart> StatisticsCharts::all()
{
    return {Chart::InForce, Chart::ByCity, Chart::Decisions, Chart::Productions, Chart::Bodies};
}

StatisticsCharts::StatisticsCharts(const RegisterFigures& figures, QString language, bool forPrint)
    : m_figures(figures), m_language(std::move(language)), m_forPrint(forPrint)
{
}

QString StatisticsCharts::text(const char* sourceText) const
{
    const QString t = Localization::translate(m_language, Context, sourceText);
    return m_forPrint ? pdfExtractableArabic(t) : t;
}

QString StatisticsCharts::title(Chart chart) const
{
    return text(source(chart));
}

QString StatisticsCharts::fileName(Chart chart) const
{
    static const char* const names[] = {"in-force", "by-city", "decisions", "productions",
                                        "bodies"};
    return QStringLiteral("%1-%2.png")
        .arg(QLatin1String(names[int(chart)]), m_figures.on.toString(Qt::ISODate));
}

QChart* StatisticsCharts::make(Chart chart) const
{
    QChart* c = nullptr;
    switch (chart) {
    case Chart::InForce:
        c = inForce();
        break;
    case Chart::ByCity:
        c = byCity();
        break;
    case Chart::Decisions:
        c = decisions();
        break;
    case Chart::Productions:
        c = productions();
        break;
    case Chart::Bodies:
        c = bodies();
        break;
    }
    c->setAnimationOptions(QChart::NoAnimation);
    c->legend()->setAlignment(Qt::AlignBottom);
    if (Localization::isRightToLeft(m_language))
        c->setLayoutDirection(Qt::RightToLeft);
    return c;
}

QChart* StatisticsCharts::barChart(const QString& chartTitle, const QStringList& categories) const
{
    auto* chart = new QChart;
    chart->setTitle(chartTitle);
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    chart->addAxis(axis, Qt::AlignBottom);
    return chart;
}

QChart* StatisticsCharts::inForce() const
{
    // Horizontal bars: the tiers' names are long, and read whole to the side of their bar.
    const RightsInForce& f = m_figures.inForce;
    auto* chart = new QChart;
    chart->setTitle(title(Chart::InForce));
    auto* series = new QHorizontalBarSeries;
    // The first category is drawn at the bottom: international, national, then authorizations
    // on top.
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "In force")),
                          {f.international, f.national, f.authorization}));
    chart->addSeries(series);
    auto* tiers = new QBarCategoryAxis;
    tiers->append({text(QT_TRANSLATE_NOOP("Statistics", "International accreditations")),
                   text(QT_TRANSLATE_NOOP("Statistics", "National accreditations")),
                   text(QT_TRANSLATE_NOOP("Statistics", "Authorizations"))});
    chart->addAxis(tiers, Qt::AlignLeft);
    series->attachAxis(tiers);
    QValueAxis* counts = countAxis(f.authorization);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

QChart* StatisticsCharts::byCity() const
{
    QVector<CityFigures> cities = m_figures.byCity;
    if (cities.size() > MaxCities) {
        CityFigures other;
        other.city = text(QT_TRANSLATE_NOOP("Statistics", "Other cities"));
        for (int i = MaxCities - 1; i < cities.size(); ++i) {
            other.inForce.authorization += cities[i].inForce.authorization;
            other.inForce.national += cities[i].inForce.national;
            other.inForce.international += cities[i].inForce.international;
        }
        cities.resize(MaxCities - 1);
        cities.append(other);
    }
    // A horizontal bar chart draws its first category at the bottom: the largest city on top.
    std::reverse(cities.begin(), cities.end());
    QStringList names;
    QVector<int> authorizations, national, international;
    int highest = 0;
    for (const CityFigures& c : cities) {
        names.append(m_forPrint ? pdfExtractableArabic(c.city) : c.city);
        authorizations.append(c.inForce.authorization);
        national.append(c.inForce.national);
        international.append(c.inForce.international);
        highest = std::max(highest, c.inForce.authorization);
    }
    auto* chart = new QChart;
    chart->setTitle(title(Chart::ByCity));
    auto* series = new QHorizontalBarSeries;
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Authorizations")), authorizations));
    series->append(
        barSet(text(QT_TRANSLATE_NOOP("Statistics", "National accreditations")), national));
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "International accreditations")),
                          international));
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis* counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(counts);
    return chart;
}

namespace {
QStringList years(const QVector<YearFigures>& perYear)
{
    QStringList out;
    for (const YearFigures& y : perYear)
        out.append(QString::number(y.year));
    return out;
}

template <typename Field> QVector<int> column(const QVector<YearFigures>& perYear, Field field)
{
    QVector<int> out;
    for (const YearFigures& y : perYear)
        out.append(y.*field);
    return out;
}
} // namespace

QChart* StatisticsCharts::decisions() const
{
    const QVector<YearFigures>& perYear = m_figures.perYear;
    auto* chart = barChart(title(Chart::Decisions), years(perYear));
    auto* series = new QBarSeries;
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Grants")),
                          column(perYear, &YearFigures::grants)));
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Suspensions")),
                          column(perYear, &YearFigures::suspensions)));
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Revocations")),
                          column(perYear, &YearFigures::revocations)));
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "New entrants")),
                          column(perYear, &YearFigures::newEntrants)));
    int highest = 0;
    for (const YearFigures& y : perYear)
        highest = std::max({highest, y.grants, y.suspensions, y.revocations, y.newEntrants});
    chart->addSeries(series);
    series->attachAxis(chart->axes(Qt::Horizontal).front());
    QValueAxis* counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

QChart* StatisticsCharts::productions() const
{
    const QVector<YearFigures>& perYear = m_figures.perYear;
    auto* chart = barChart(title(Chart::Productions), years(perYear));
    auto* series = new QStackedBarSeries;
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "National productions")),
                          column(perYear, &YearFigures::productionsNational)));
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Foreign productions")),
                          column(perYear, &YearFigures::productionsForeign)));
    int highest = 0;
    for (const YearFigures& y : perYear)
        highest = std::max(highest, y.productionsNational + y.productionsForeign);
    chart->addSeries(series);
    series->attachAxis(chart->axes(Qt::Horizontal).front());
    QValueAxis* counts = countAxis(highest);
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    return chart;
}

QChart* StatisticsCharts::bodies() const
{
    QStringList names;
    QVector<int> members;
    int highest = 0;
    for (const BodyFigures& b : m_figures.bodies) {
        names.append(b.body);
        members.append(b.members);
        highest = std::max(highest, b.members);
    }
    auto* chart = barChart(title(Chart::Bodies), names);
    auto* series = new QBarSeries;
    series->append(barSet(text(QT_TRANSLATE_NOOP("Statistics", "Members")), members));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    series->attachAxis(chart->axes(Qt::Horizontal).front());
    QValueAxis* counts = countAxis(withRoomForLabels(highest));
    chart->addAxis(counts, Qt::AlignLeft);
    series->attachAxis(counts);
    chart->legend()->hide();
    return chart;
}

} // namespace cinereg::ui
