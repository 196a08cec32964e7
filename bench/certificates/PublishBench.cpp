// bench_publish [--companies N] [--certificates N] [--runs N]
// Times `publish` (the verification page, the public keys and the signed status list) on a
// generated register whose effective accreditations all have a certificate issued the normal way,
// topped up to --certificates (default 100,000) with certificates signed by the register's key
// and spread over those accreditations, inserted directly (issuing 100,000 through the service
// would take the bench far longer than publishing them). The goal is under 1 s for 100,000
// certificates, so that the CCM can publish after every day's decisions. Prints the median and
// worst of the runs, for making the list alone and for the whole publication (files written and
// synced), and the size of the status list the browser downloads.
#include "certificates/CertificateService.h"
#include "certificates/SigningKey.h"
#include "certificates/SigningKeyRegistry.h"
#include "certificates/VerificationPagePublisher.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <time.h>

using namespace cinereg;

namespace {
int intArgument(const QStringList& args, const QString& name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1).toInt() : fallback;
}

// Signed certificates spread over the given accreditations, up to `total` in the register.
bool topUp(const QString& path, const SigningKey& key, const QVector<qint64>& accreditations,
           int total, QDate today)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fill"));
    db.setDatabaseName(path);
    if (!db.open() || accreditations.isEmpty())
        return false;
    QSqlQuery count(QStringLiteral("SELECT count(*) FROM certificates"), db);
    count.next();
    const int have = count.value(0).toInt();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO certificates (number, accreditation_id, issued_on, issued_at, issued_by, "
        "content_key, fingerprint, key_id, code, content) VALUES (?,?,?,?,?,?,?,?,?,'{}')"));
    for (int i = have; i < total; ++i) {
        VerificationCode code;
        code.number = QStringLiteral("ATT-BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
        code.ice = QStringLiteral("001561191000066");
        code.validFrom = today.addYears(-1);
        code.validUntil = i % 3 ? QDate() : today.addDays(i % 700 - 350);
        code.issuedOn = today.addDays(-(i % 365));
        code.keyId = key.keyId();
        code.signature = key.sign(code.message());
        const QString text = code.encode();
        insert.addBindValue(code.number);
        insert.addBindValue(accreditations[i % accreditations.size()]);
        insert.addBindValue(code.issuedOn.toString(Qt::ISODate));
        insert.addBindValue(code.issuedOn.toString(Qt::ISODate));
        insert.addBindValue(QStringLiteral("bench"));
        insert.addBindValue(text.right(16));
        insert.addBindValue(text.right(24));
        insert.addBindValue(key.keyId());
        insert.addBindValue(text);
        if (!insert.exec())
            return false;
    }
    return db.commit();
}
// CPU time of this process: on a shared machine the wall clock also counts other people's work.
double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int companies = intArgument(args, QStringLiteral("--companies"), 3000);
    const int certificates = intArgument(args, QStringLiteral("--certificates"), 100000);
    const int runs = intArgument(args, QStringLiteral("--runs"), 5);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 11, 24));
    Register reg(dir.filePath(QStringLiteral("bench.cinereg")), clock, QStringLiteral("bench"));
    Settings settings = reg.settings();
    settings.signingKeyPath = dir.filePath(QStringLiteral("bench.key"));
    reg.saveSettings(settings);
    if (!SigningKeyRegistry(reg).create()) // as the CCM's administrator does, once
        return 1;

    QElapsedTimer setup;
    setup.start();
    generateRegister(reg, {companies, 1, clock.today()});
    const CertificateService service(reg);
    const QVector<qint64> ids = service.effectiveAccreditations(std::nullopt, clock.today());
    for (qsizetype from = 0; from < ids.size(); from += 5000)
        if (!service.issue(ids.mid(from, 5000), nullptr))
            return 1;
    const SigningKey key = SigningKey::load(settings.signingKeyPath).value();
    if (!topUp(reg.location(), key, ids, certificates, clock.today()))
        return 1;
    out << "setup_s=" << QString::number(setup.elapsed() / 1000.0, 'f', 0) << Qt::endl;

    const VerificationPagePublisher publisher(reg);
    QVector<double> listTimes;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const StatusList list = publisher.makeList();
        listTimes.append(t.nsecsElapsed() / 1e6);
        if (list.size() < certificates)
            return 1;
    }
    std::sort(listTimes.begin(), listTimes.end());
    const QString folder = dir.filePath(QStringLiteral("site"));
    QVector<double> times, cpuTimes;
    int listed = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpuStart = cpuMs();
        const auto published = publisher.publish(folder);
        times.append(t.nsecsElapsed() / 1e6);
        cpuTimes.append(cpuMs() - cpuStart);
        if (!published)
            return 1;
        listed = published.value().certificates;
    }
    std::sort(times.begin(), times.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    out << "certificates=" << listed
        << " make_list_median_ms=" << QString::number(listTimes[listTimes.size() / 2], 'f', 0)
        << " publish_median_ms=" << QString::number(times[times.size() / 2], 'f', 0)
        << " publish_worst_ms=" << QString::number(times.back(), 'f', 0)
        << " publish_cpu_median_ms=" << QString::number(cpuTimes[cpuTimes.size() / 2], 'f', 0)
        << " status_list_kib="
        << QString::number(
               QFileInfo(QDir(folder).filePath(QStringLiteral("status-list.json"))).size() / 1024.0,
               'f', 0)
        << Qt::endl;
    return 0;
}
