// bench_certificates [--companies N] [--batch N] [--fodt DIR --fodt-count N]
// Times certificate issuance into PDF: one certificate (median of 15 runs, each a reprint of the
// same certificate through the whole path: transaction, rendering, file), and a batch of N
// certificates into one PDF (first issuance: numbering and signing included). With --fodt, also
// writes the same certificates as filled LibreOffice templates (flat ODT) for the comparison in
// run.sh.
#include "certificates/CertificatePdfFile.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateService.h"
#include "certificates/SigningKeyRegistry.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"

#include <algorithm>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

using namespace cinereg;

namespace {
int intArgument(const QStringList& args, const QString& name, int fallback)
{
    const int at = args.indexOf(name);
    return at >= 0 ? args.value(at + 1).toInt() : fallback;
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

// The certificate's text in a flat ODT document: the same fields, French then Arabic.
void writeTemplate(const QString& path, const CertificateContent& c)
{
    const QStringList lines{
        QStringLiteral("ROYAUME DU MAROC — المملكة المغربية"),
        QStringLiteral("Centre cinématographique marocain — المركز السينمائي المغربي"),
        QStringLiteral("ATTESTATION D'AGRÉMENT — شهادة الاعتماد"),
        QStringLiteral("Attestation n° %1").arg(c.number),
        QStringLiteral("Raison sociale : %1 — الشركة: %2").arg(c.holderName, c.holderNameAr),
        QStringLiteral("Forme juridique : %1").arg(c.legalForm),
        QStringLiteral("Siège social : %1, %2").arg(c.address, c.city),
        QStringLiteral("Registre de commerce : %1 (%2)").arg(c.rcNumber, c.rcCourt),
        QStringLiteral("ICE : %1").arg(c.ice),
        QStringLiteral("Gérant : %1").arg(c.manager),
        QStringLiteral("Agrément n° %1, décision %2 du %3")
            .arg(c.accreditationNumber, c.decisionReference, c.decisionDate.toString(Qt::ISODate)),
        QStringLiteral("Valable du %1 au %2")
            .arg(c.validFrom.toString(Qt::ISODate), c.validUntil.toString(Qt::ISODate)),
        QStringLiteral("Fait à %1, le %2").arg(c.place, c.issuedOn.toString(Qt::ISODate)),
        QStringLiteral("Le Directeur du Centre cinématographique marocain — مدير المركز السينمائي "
                       "المغربي"),
        QStringLiteral("Code de vérification : %1").arg(c.code)};
    QString body;
    for (const QString& line : lines)
        body += QStringLiteral("<text:p>%1</text:p>\n").arg(escaped(line));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "office:version=\"1.2\" office:mimetype=\"application/vnd.oasis.opendocument.text\">\n"
            "<office:body><office:text>\n%1</office:text></office:body></office:document>\n")
            .arg(body)
            .toUtf8());
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int companies = intArgument(args, QStringLiteral("--companies"), 1500);
    const int batchSize = intArgument(args, QStringLiteral("--batch"), 1000);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const FixedClock clock(QDate(2026, 11, 24));
    Register reg(dir.filePath(QStringLiteral("bench.cinereg")), clock, QStringLiteral("bench"));
    Settings settings = reg.settings();
    settings.signingKeyPath = dir.filePath(QStringLiteral("bench.key"));
    reg.saveSettings(settings);
    if (!SigningKeyRegistry(reg).create()) // as an administrator does, once
        return 1;
    generateRegister(reg, {companies, 1, clock.today()});
    const CertificateService service(reg);
    QVector<qint64> ids = service.effectiveAccreditations(std::nullopt, clock.today());
    if (ids.size() < batchSize + 1) {
        out << "only " << ids.size() << " effective accreditations; raise --companies\n";
        return 1;
    }

    // One certificate, through everything a clerk's "save as PDF" does.
    const QString single = dir.filePath(QStringLiteral("single.pdf"));
    QVector<double> runs;
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        CertificatePdfFile file(single, service.pageOptions());
        const auto issued = service.issue(
            {ids.front()}, [&](const auto& all) { return file.write(all); },
            [&] { return file.commit(); });
        runs.append(t.nsecsElapsed() / 1e6);
        if (!issued)
            return 1;
    }
    std::sort(runs.begin(), runs.end());
    out << "single_ms=" << QString::number(runs[runs.size() / 2], 'f', 2)
        << " single_pdf_bytes=" << QFile(single).size() << Qt::endl;

    // A batch into one PDF.
    const QVector<qint64> batch = ids.mid(1, batchSize);
    const QString batchPath = dir.filePath(QStringLiteral("batch.pdf"));
    QVector<CertificateContent> contents;
    QElapsedTimer t;
    t.start();
    CertificatePdfFile file(batchPath, service.pageOptions());
    const auto issued = service.issue(
        batch,
        [&](const QVector<CertificateContent>& all) {
            contents = all;
            return file.write(all);
        },
        [&] { return file.commit(); });
    const double batchMs = t.nsecsElapsed() / 1e6;
    if (!issued)
        return 1;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    out << "batch_count=" << batch.size() << " batch_ms=" << QString::number(batchMs, 'f', 0)
        << " per_certificate_ms=" << QString::number(batchMs / batch.size(), 'f', 2)
        << " batch_pdf_mib=" << QString::number(QFile(batchPath).size() / 1048576.0, 'f', 1)
        << " peak_mib=" << QString::number(usage.ru_maxrss / 1024.0, 'f', 1) << Qt::endl;

    // The same pages again, rendering and writing only (no register work).
    t.restart();
    CertificateRenderer::writePdf(dir.filePath(QStringLiteral("again.pdf")), contents, {},
                                  service.pageOptions());
    out << "render_only_per_certificate_ms="
        << QString::number(t.nsecsElapsed() / 1e6 / contents.size(), 'f', 2) << Qt::endl;

    const int fodtAt = args.indexOf(QStringLiteral("--fodt"));
    if (fodtAt >= 0) {
        const QString target = args.value(fodtAt + 1);
        const int count = intArgument(args, QStringLiteral("--fodt-count"), 100);
        QDir().mkpath(target);
        for (int i = 0; i < count && i < contents.size(); ++i)
            writeTemplate(
                QDir(target).filePath(
                    QStringLiteral("certificate-%1.fodt").arg(i, 4, 10, QLatin1Char('0'))),
                contents[i]);
    }
    return 0;
}
