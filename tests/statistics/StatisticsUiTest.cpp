// The Statistics tab on the offscreen platform and its printed report read back with Poppler.
// With CINEREG_SCREENSHOTS naming a folder, writes statistics-fr.png and statistics-ar.png.
#include "certificates/PdfCodeReader.h"
#include "MainWindow.h"
#include "services/Register.h"
#include "statistics/StatisticsService.h"
#include "StatisticsRegister.h"
#include "StatisticsReport.h"
#include "StatisticsView.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QTabWidget>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QTemporaryDir>
#include <QTest>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Day(2026, 6, 30);

bool waitForFigures(ui::StatisticsView& view)
{
    for (int waited = 0; view.busy() && waited < 10000; waited += 10)
        QTest::qWait(10);
    QCoreApplication::processEvents();
    return !view.busy();
}

// The values of each bar set of a chart, by the set's label.
QMap<QString, QList<qreal>> bars(const ui::StatisticsView& view, int chart)
{
    QMap<QString, QList<qreal>> out;
    const auto* chartView = view.findChild<QChartView*>(QStringLiteral("chart%1").arg(chart));
    if (!chartView)
        return out;
    for (QAbstractSeries* series : chartView->chart()->series())
        if (auto* barSeries = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : barSeries->barSets()) {
                QList<qreal> values;
                for (int i = 0; i < set->count(); ++i)
                    values.append(set->at(i));
                out.insert(set->label(), values);
            }
    return out;
}

QString pdfText(const QString& path)
{
    const auto pages = PdfCodeReader::pageTexts(path);
    return pages ? pages->join(QLatin1Char('\n')).normalized(QString::NormalizationForm_KC)
                 : QString();
}
} // namespace

TEST(StatisticsTab, ShowsTheCoresFiguresInItsCharts)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    ui::StatisticsView view(t.reg());
    view.resize(1200, 900);
    view.setPeriod(Day, 2024, 2026);
    ASSERT_TRUE(waitForFigures(view));
    ASSERT_TRUE(view.figures());
    const RegisterFigures core = StatisticsService(t.reg()).figures({Day, 2024, 2026}).value();
    EXPECT_EQ(view.figures()->toJson(), core.toJson());

    // What the charts draw is those figures.
    // In force: drawn bottom to top, international, national, authorizations.
    EXPECT_EQ(bars(view, 0).value(QStringLiteral("In force")), (QList<qreal>{1, 1, 3}));
    const auto decisions = bars(view, 2);
    EXPECT_EQ(decisions.value(QStringLiteral("Grants")), (QList<qreal>{3, 3, 3}));
    EXPECT_EQ(decisions.value(QStringLiteral("Suspensions")), (QList<qreal>{0, 0, 1}));
    EXPECT_EQ(decisions.value(QStringLiteral("Revocations")), (QList<qreal>{0, 1, 1}));
    EXPECT_EQ(decisions.value(QStringLiteral("New entrants")), (QList<qreal>{2, 1, 1}));
    const auto productions = bars(view, 3);
    EXPECT_EQ(productions.value(QStringLiteral("National productions")), (QList<qreal>{0, 1, 0}));
    EXPECT_EQ(productions.value(QStringLiteral("Foreign productions")), (QList<qreal>{0, 0, 1}));
    EXPECT_EQ(bars(view, 4).value(QStringLiteral("Members")), (QList<qreal>{2, 1}));
    // By city: the largest city is drawn on top, i.e. last.
    EXPECT_EQ(bars(view, 1).value(QStringLiteral("Authorizations")), (QList<qreal>{1, 2}));
}

TEST(StatisticsTab, AnInvertedPeriodIsExplainedNotDrawn)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    ui::StatisticsView view(t.reg());
    view.setPeriod(Day, 2026, 2024);
    ASSERT_TRUE(waitForFigures(view));
    EXPECT_FALSE(view.figures());
    bool explained = false;
    for (const QLabel* label : view.findChildren<QLabel*>())
        explained = explained || label->text().contains(QStringLiteral("--from 2026"));
    EXPECT_TRUE(explained);
}

TEST(StatisticsTab, EachChartSavesAsPng)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    ui::StatisticsView view(t.reg());
    view.resize(1200, 900);
    view.show();
    view.setPeriod(Day, 2023, 2026);
    ASSERT_TRUE(waitForFigures(view));
    QTemporaryDir dir;
    for (int i = 0; i < 5; ++i) {
        const QString path = dir.filePath(QStringLiteral("chart%1.png").arg(i));
        ASSERT_TRUE(view.savePng(i, path));
        const QImage image(path);
        EXPECT_GE(image.width(), 400);
        EXPECT_GE(image.height(), 300);
    }
    EXPECT_FALSE(view.savePng(0, dir.filePath(QStringLiteral("no/such/folder/x.png"))));
}

TEST(StatisticsReport, PrintsTheFiguresWithChartsInFrenchAndArabic)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    const RegisterFigures f = StatisticsService(t.reg()).figures({Day, 2023, 2026}).value();
    QTemporaryDir dir;
    const QString fr = dir.filePath(QStringLiteral("fr.pdf"));
    const QString ar = dir.filePath(QStringLiteral("ar.pdf"));
    ASSERT_TRUE(ui::StatisticsReport::writePdf(fr, f, QStringLiteral("fr")));
    ASSERT_TRUE(ui::StatisticsReport::writePdf(ar, f, QStringLiteral("ar")));

    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) { // to look at: pdftoppm -png -r 150 statistics-report-fr.pdf
        QDir().mkpath(folder);
        QFile::remove(folder + QStringLiteral("/statistics-report-fr.pdf"));
        QFile::remove(folder + QStringLiteral("/statistics-report-ar.pdf"));
        QFile::copy(fr, folder + QStringLiteral("/statistics-report-fr.pdf"));
        QFile::copy(ar, folder + QStringLiteral("/statistics-report-ar.pdf"));
    }

    const QString french = pdfText(fr);
    for (const char* expected :
         {"Statistiques du registre", "Droits en vigueur le 30/06/2026", "Casablanca",
          "Droits en vigueur par ville", "Membres par organisation professionnelle", "CNPF",
          "Productions par année", "Nouveaux entrants", "Agréments nationaux"})
        EXPECT_TRUE(french.contains(QString::fromUtf8(expected))) << expected;
    // Marrakech has nothing in force: the city table must not name it.
    EXPECT_FALSE(french.contains(QStringLiteral("Marrakech")));

    const QString arabic = pdfText(ar);
    for (const char* expected : {"إحصائيات السجل", "30/06/2026", "الحقوق السارية حسب المدينة",
                                 "الوافدون الجدد", "الاعتمادات الوطنية", "CNPF"})
        EXPECT_TRUE(arabic.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_FALSE(arabic.contains(QStringLiteral("Statistiques")));
}

TEST(StatisticsTab, ScreenshotsInFrenchAndArabic)
{
    TempRegister t(StatisticsRegister::Today);
    StatisticsRegister::fill(t.reg());
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        ui::MainWindow window(t.reg());
        window.resize(1400, 900);
        window.show();
        window.tabs()->setCurrentWidget(window.statisticsView());
        window.statisticsView()->setPeriod(Day, 2023, 2026);
        ASSERT_TRUE(waitForFigures(*window.statisticsView()));
        QTest::qWait(50);
        const QPixmap picture = window.grab();
        EXPECT_GT(picture.width(), 1000);
        const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
        if (!folder.isEmpty()) {
            QDir().mkpath(folder);
            picture.save(QStringLiteral("%1/statistics-%2.png").arg(folder, lang));
        }
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}
