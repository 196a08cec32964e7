// bench_startup --bare | --db FILE [--with-dashboard]
// Prints: milliseconds from process start to a shown window with an empty event queue, and the
// peak resident memory in MiB. One measurement per process, so that nothing is cached in it.
#include "AppIdentity.h"
#include "Clock.h"
#include "DashboardView.h"
#include "MainWindow.h"
#include "services/Register.h"
#include "UiSetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QMainWindow>
#include <QTextStream>
#include <QTimer>
#include <sys/resource.h>

namespace {
double peakMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}
} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    cinereg::setApplicationIdentity();
    const QStringList args = app.arguments();
    const bool bare = args.contains(QStringLiteral("--bare"));
    const bool dashboard = args.contains(QStringLiteral("--with-dashboard"));
    QTextStream out(stdout);
    std::unique_ptr<QMainWindow> window;
    std::unique_ptr<cinereg::Register> reg;
    cinereg::SystemClock systemClock;
    cinereg::ui::UiSetup::applyLanguage(QStringLiteral("fr"));
    if (bare) {
        window = std::make_unique<QMainWindow>();
    } else {
        const QString path = args.value(args.indexOf(QStringLiteral("--db")) + 1);
        const qint64 before = clock.elapsed();
        reg = std::make_unique<cinereg::Register>(path, systemClock, QStringLiteral("bench"));
        const qint64 opened = clock.elapsed();
        window = std::make_unique<cinereg::ui::MainWindow>(*reg);
        QTextStream(stderr) << "qt_start_ms=" << before << " open_ms=" << opened - before
                            << " build_ms=" << clock.elapsed() - opened << Qt::endl;
    }
    window->resize(1280, 800);
    window->show();
    // Measured when the event loop first runs dry: the window is on screen and responsive.
    QTimer::singleShot(0, &app, [&] {
        QCoreApplication::processEvents();
        const qint64 shown = clock.elapsed();
        const auto report = [&, shown] {
            out << (bare ? "bare" : "cinereg") << " shown_ms=" << shown
                << " total_ms=" << clock.elapsed()
                << " peak_mib=" << QString::number(peakMiB(), 'f', 1) << Qt::endl;
            app.quit();
        };
        auto* view =
            bare ? nullptr : static_cast<cinereg::ui::MainWindow*>(window.get())->dashboard();
        // With --with-dashboard, total_ms is when the dashboard has been read in the background.
        if (dashboard && view && view->loading())
            QObject::connect(view, &cinereg::ui::DashboardView::loaded, &app, report);
        else
            report();
    });
    return app.exec();
}
