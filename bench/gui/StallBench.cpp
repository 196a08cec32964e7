// bench_stalls --db FILE
// The window's longest event-loop stalls on a register while a clerk works: searching, filtering
// the register, opening a company, opening the production dialog, "who may execute?". A 5 ms
// precise timer ticks on the UI thread; a tick that comes late by G ms means the event loop was
// blocked for about G ms (the clerk's keys and clicks waited that long). Each step is driven from
// the event loop itself (timers), as a clerk's input would be, and the longest gap of each step
// is printed, with the step's wall time.
#include "AppIdentity.h"
#include "Clock.h"
#include "DashboardView.h"
#include "EligibilityView.h"
#include "MainWindow.h"
#include "ProductionDialog.h"
#include "RegisterView.h"
#include "services/Register.h"
#include "UiSetup.h"

#include <functional>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTabWidget>
#include <QTextStream>
#include <QTimer>

namespace {

// The largest gap between two ticks of a 5 ms timer, per named step.
class StallWatch : public QObject
{
public:
    StallWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }
    void begin(const QString& step)
    {
        m_step = step;
        m_worst = 0;
        m_wall.start();
        m_last.start();
        m_timer.start();
    }
    // Ends the step, printing its worst stall.
    qint64 end(QTextStream& out)
    {
        tick();
        m_timer.stop();
        out << qSetFieldWidth(34) << Qt::left << m_step << qSetFieldWidth(0) << " longest stall "
            << m_worst << " ms   (step " << m_wall.elapsed() << " ms)" << Qt::endl;
        return m_worst;
    }

private:
    void tick()
    {
        const qint64 gap = m_last.restart() - 5;
        m_worst = std::max(m_worst, gap);
    }

    QTimer m_timer;
    QElapsedTimer m_last, m_wall;
    QString m_step;
    qint64 m_worst = 0;
};

// Runs `steps` one after the other, each given `ms` of event loop after it starts (enough for
// its background reads to come back).
struct Step
{
    QString name;
    std::function<void()> action;
    int settleMs;
    // The step also waits (up to a minute) until this is true: its background read is back and
    // shown, so that the stall of showing it is counted in its own step.
    std::function<bool()> done = [] { return true; };
};

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    cinereg::setApplicationIdentity();
    cinereg::ui::UiSetup::applyLanguage(QStringLiteral("fr"));
    const QStringList args = app.arguments();
    const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
    QTextStream out(stdout);
    cinereg::SystemClock clock;
    cinereg::Register reg(path, clock, QStringLiteral("bench"));

    QElapsedTimer build;
    build.start();
    cinereg::ui::MainWindow window(reg);
    window.resize(1280, 800);
    window.show();
    out << qSetFieldWidth(34) << Qt::left << "window built and shown" << qSetFieldWidth(0)
        << " blocking " << build.elapsed() << " ms (before the event loop runs)" << Qt::endl;

    cinereg::ui::RegisterView* view = window.registerView();
    QLineEdit* search = view->findChild<QLineEdit*>();
    const QList<QComboBox*> combos = view->findChildren<QComboBox*>();
    std::unique_ptr<cinereg::ui::ProductionDialog> dialog;
    const QDate day = reg.today();

    // Typing, one key every 120 ms (a clerk's pace), then the debounced search runs.
    const auto typeText = [&](const QString& text) {
        search->clear();
        for (int i = 0; i < text.size(); ++i)
            QTimer::singleShot(120 * i, &app, [search, c = text.at(i)] { search->insert(c); });
    };
    const QVector<Step> steps{
        {QStringLiteral("home dashboard read and shown"), [] {}, 500,
         [&] { return !window.dashboard()->loading(); }},
        {QStringLiteral("idle (reference)"), [] {}, 500},
        {QStringLiteral("search: type \"atlas\""), [&] { typeText(QStringLiteral("atlas")); },
         2000},
        {QStringLiteral("search: type \"casa\" (many hits)"),
         [&] { typeText(QStringLiteral("casa")); }, 2000},
        {QStringLiteral("search: clear"), [&] { search->clear(); }, 1500},
        {QStringLiteral("filter: %1, 2nd choice").arg(combos.value(0)->accessibleName()),
         [&] { combos.value(0)->setCurrentIndex(std::min(1, combos.value(0)->count() - 1)); },
         1500},
        {QStringLiteral("filter: %1, 2nd choice").arg(combos.value(1)->accessibleName()),
         [&] { combos.value(1)->setCurrentIndex(std::min(1, combos.value(1)->count() - 1)); },
         1500},
        {QStringLiteral("filter: reset"),
         [&] {
             combos.value(0)->setCurrentIndex(0);
             combos.value(1)->setCurrentIndex(0);
         },
         1500},
        {QStringLiteral("open a company"), [&] { window.openCompany(1); }, 1500},
        {QStringLiteral("open the production dialog"),
         [&] {
             dialog = std::make_unique<cinereg::ui::ProductionDialog>(reg, &window);
             dialog->show();
         },
         500, [&] { return !dialog->loadingExecutors(); }},
        {QStringLiteral("production dialog: change dates"),
         [&] { dialog->setDates(day.addDays(20), day.addDays(40)); }, 500,
         [&] { return !dialog->loadingExecutors(); }},
        {QStringLiteral("close the production dialog"), [&] { dialog.reset(); }, 500},
        {QStringLiteral("\"who may execute?\" tab"),
         [&] { window.tabs()->setCurrentWidget(window.eligibilityView()); }, 500,
         [&] { return !window.eligibilityView()->loading(); }},
        {QStringLiteral("\"who may execute?\" other dates"),
         [&] {
             window.eligibilityView()->setQuestion(0, day.addDays(30), day.addDays(45));
             window.eligibilityView()->refresh();
         },
         500, [&] { return !window.eligibilityView()->loading(); }},
    };

    StallWatch watch;
    qint64 worst = 0;
    int next = 0;
    QElapsedTimer waited;
    std::function<void()> wait;
    std::function<void()> run = [&] {
        if (next > 0)
            worst = std::max(worst, watch.end(out));
        if (next == steps.size()) {
            out << "worst stall " << worst << " ms" << Qt::endl;
            app.quit();
            return;
        }
        const Step& step = steps[next++];
        watch.begin(step.name);
        step.action();
        waited.start();
        QTimer::singleShot(step.settleMs, &app, wait);
    };
    // After its settling time, a step ends once its background answer is shown.
    wait = [&] {
        if (steps[next - 1].done() || waited.elapsed() > 60000)
            run();
        else
            QTimer::singleShot(50, &app, wait);
    };
    // Once the window's first events have run.
    QTimer::singleShot(1000, &app, run);
    return app.exec();
}
