#include "StatisticsView.h"

#include "BackgroundReader.h"
#include "Localization.h"
#include "services/Register.h"
#include "statistics/StatisticsService.h"
#include "StatisticsCharts.h"
#include "StatisticsReport.h"

#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSpinBox>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
using Result = std::shared_ptr<Outcome<RegisterFigures>>;
constexpr int ChartColumns = 2;
} // namespace

StatisticsView::StatisticsView(Register& reg, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_reader(std::make_unique<BackgroundReader>(this, reg))
{
    build();
    retranslate();
    refresh();
}

StatisticsView::~StatisticsView() = default;

void StatisticsView::build()
{
    auto* filters = new QHBoxLayout;
    m_onLabel = new QLabel(this);
    m_on = new QDateEdit(m_reg.today(), this);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_onLabel->setBuddy(m_on);
    m_yearsLabel = new QLabel(this);
    m_from = new QSpinBox(this);
    m_to = new QSpinBox(this);
    for (QSpinBox* year : {m_from, m_to}) {
        year->setRange(1900, 9999);
        year->setValue(m_reg.today().year());
    }
    m_yearsLabel->setBuddy(m_from);
    m_apply = new QPushButton(this);
    m_report = new QPushButton(this);
    m_report->setMenu(new QMenu(m_report));
    filters->addWidget(m_onLabel);
    filters->addWidget(m_on);
    filters->addSpacing(12);
    filters->addWidget(m_yearsLabel);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_apply);
    filters->addStretch();
    filters->addWidget(m_report);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_charts = new QWidget;
    m_grid = new QGridLayout(m_charts);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_charts);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_periodChosen = true;
        refresh();
    });
}

void StatisticsView::retranslate()
{
    m_onLabel->setText(tr("Rights in force on"));
    m_yearsLabel->setText(tr("Years"));
    m_apply->setText(tr("Show"));
    m_report->setText(tr("Print the report…"));
    QMenu* menu = m_report->menu();
    menu->clear();
    menu->addAction(tr("Report in French (PDF)…"), this, [this] {
        m_report->setProperty("language", QStringLiteral("fr"));
        askReport();
    });
    menu->addAction(tr("Report in Arabic (PDF)…"), this, [this] {
        m_report->setProperty("language", QStringLiteral("ar"));
        askReport();
    });
    if (m_figures)
        draw(*m_figures);
}

void StatisticsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StatisticsView::setPeriod(QDate on, int fromYear, int toYear)
{
    m_on->setDate(on);
    m_from->setValue(fromYear);
    m_to->setValue(toYear);
    m_periodChosen = true;
    refresh();
}

void StatisticsView::refresh()
{
    StatisticsQuery query;
    query.on = m_on->date();
    if (m_periodChosen) {
        query.fromYear = m_from->value();
        query.toYear = m_to->value();
    }
    m_message->setText(tr("Counting…"));
    m_reader->start(
        [query](const Register& reg) {
            return std::make_shared<Outcome<RegisterFigures>>(
                StatisticsService(reg).figures(query));
        },
        [this](const Result& result) {
            if (!result) {
                m_message->setText(tr("The register could not be read."));
                return;
            }
            if (!result->ok()) {
                m_message->setText(result->refusal().message);
                return;
            }
            m_message->clear();
            m_figures = result->value();
            if (!m_periodChosen) { // the tab opens on every year the register has
                m_from->setValue(m_figures->fromYear);
                m_to->setValue(m_figures->toYear);
            }
            draw(*m_figures);
            emit figuresShown();
        });
}

bool StatisticsView::busy() const
{
    return m_reader->busy();
}

void StatisticsView::draw(const RegisterFigures& figures)
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const StatisticsCharts charts(figures, Localization::current());
    const QVector<StatisticsCharts::Chart> all = StatisticsCharts::all();
    for (int i = 0; i < all.size(); ++i) {
        auto* cell = new QWidget(m_charts);
        auto* layout = new QVBoxLayout(cell);
        layout->setContentsMargins(0, 0, 0, 0);
        auto* view = new QChartView(charts.make(all[i]), cell);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(420, 300);
        view->setObjectName(QStringLiteral("chart%1").arg(i));
        auto* save = new QPushButton(tr("Save as PNG…"), cell);
        connect(save, &QPushButton::clicked, this, [this, i] { askPng(i); });
        layout->addWidget(view, 1);
        layout->addWidget(save, 0, Qt::AlignTrailing);
        m_grid->addWidget(cell, i / ChartColumns, i % ChartColumns);
    }
}

QStringList StatisticsView::shownTitles() const
{
    QStringList titles;
    for (QChartView* view : m_charts->findChildren<QChartView*>())
        titles.append(view->chart()->title());
    return titles;
}

bool StatisticsView::savePng(int chartIndex, const QString& path) const
{
    const auto* view = m_charts->findChild<QChartView*>(QStringLiteral("chart%1").arg(chartIndex));
    if (!view)
        return false;
    // Written beside and renamed over the target: a failure never leaves a half-written picture
    // nor destroys the previous file of that name.
    const QPixmap picture = const_cast<QChartView*>(view)->grab();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && picture.save(&file, "PNG") && file.commit();
}

bool StatisticsView::saveReport(const QString& path, const QString& language) const
{
    return m_figures && StatisticsReport::writePdf(path, *m_figures, language);
}

void StatisticsView::askPng(int chartIndex)
{
    if (!m_figures)
        return;
    const StatisticsCharts charts(*m_figures, Localization::current());
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the chart"), charts.fileName(StatisticsCharts::all().value(chartIndex)),
        tr("PNG images (*.png)"));
    if (!path.isEmpty() && !savePng(chartIndex, path))
        QMessageBox::warning(this, tr("Save the chart"),
                             tr("The image could not be written to %1.").arg(path));
}

void StatisticsView::askReport()
{
    if (!m_figures)
        return;
    const QString language = m_report->property("language").toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Print the report"),
        QStringLiteral("statistics-%1-%2.pdf").arg(m_figures->on.toString(Qt::ISODate), language),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && !saveReport(path, language))
        QMessageBox::warning(this, tr("Print the report"),
                             tr("The report could not be written to %1.").arg(path));
}

} // namespace cinereg::ui
