// bench_publish [--companies N] [--runs N]
// Times `publish` (the verification page, the public keys and the signed status list) on a
// register where every effective accreditation of a generated register has a certificate: the
// goal is under 1 s for 100,000 certificates, so that the CCM can publish after every day's
// decisions. Prints the certificates listed, the median and worst of the runs, and the size of
// the status list the browser downloads.
#include "certificates/CertificateService.h"
#include "certificates/VerificationPagePublisher.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace cinereg;

namespace {
int intArgument(const QStringList& args, const QString& name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1).toInt() : fallback;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int companies = intArgument(args, QStringLiteral("--companies"), 100000);
    const int runs = intArgument(args, QStringLiteral("--runs"), 5);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 11, 24));
    Register reg(dir.filePath(QStringLiteral("bench.cinereg")), clock, QStringLiteral("bench"));
    Settings settings = reg.settings();
    settings.signingKeyPath = dir.filePath(QStringLiteral("bench.key"));
    reg.saveSettings(settings);

    QElapsedTimer setup;
    setup.start();
    generateRegister(reg, {companies, 1, clock.today()});
    const CertificateService service(reg);
    const QVector<qint64> ids = service.effectiveAccreditations(std::nullopt, clock.today());
    for (qsizetype from = 0; from < ids.size(); from += 5000)
        if (!service.issue(ids.mid(from, 5000), nullptr))
            return 1;
    out << "setup_s=" << QString::number(setup.elapsed() / 1000.0, 'f', 0) << Qt::endl;

    const VerificationPagePublisher publisher(reg);
    const QString folder = dir.filePath(QStringLiteral("site"));
    QVector<double> times;
    int listed = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto published = publisher.publish(folder);
        times.append(t.nsecsElapsed() / 1e6);
        if (!published)
            return 1;
        listed = published.value().certificates;
    }
    std::sort(times.begin(), times.end());
    out << "certificates=" << listed << " publish_median_ms="
        << QString::number(times[times.size() / 2], 'f', 0)
        << " publish_worst_ms=" << QString::number(times.back(), 'f', 0) << " status_list_kib="
        << QString::number(QFileInfo(QDir(folder).filePath(QStringLiteral("status-list.json")))
                                   .size() /
                               1024.0,
                           'f', 0)
        << Qt::endl;
    return 0;
}
