#include "CertificateOutput.h"

#include "certificates/CertificatePdfFile.h"
#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateService.h"
#include "services/Register.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPaintEngine>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>

namespace cinereg::ui {

namespace {
// QPrintPreviewDialog asks for the pages twice: to draw its preview (on Qt's preview engine, a
// picture recorder) and, when the clerk presses Print, on the real printer.
bool isPreviewing(QPrinter* printer)
{
    return printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture;
}
} // namespace

bool CertificateOutput::preview(const Register& reg, const QVector<qint64>& ids, QWidget* parent)
{
    const CertificateService service(reg);
    const auto shown = service.preview(ids); // marked as previews: no number, no code
    if (!shown) {
        QMessageBox::warning(parent, tr("Certificate"), shown.refusal().message);
        return false;
    }
    const CertificateRenderer::Options options = service.pageOptions();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QStringLiteral("cinereg"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Certificate — print preview (nothing is issued until you print)"));
    bool printed = false;
    QString failure;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter* target) {
        if (isPreviewing(target)) {
            CertificateRenderer::render(*target, shown.value(), {}, options);
            return;
        }
        // The clerk prints: only now are the numbers allocated and the certificates recorded.
        const auto issued = service.issue(ids, [&](const QVector<CertificateContent>& all) {
            return CertificateRenderer::render(*target, all, {}, options);
        });
        printed = issued.ok();
        if (!issued)
            failure = issued.refusal().message;
    });
    dialog.exec();
    if (!failure.isEmpty())
        QMessageBox::warning(parent, tr("Certificate"), failure);
    return printed;
}

bool CertificateOutput::writePdf(const Register& reg, const QVector<qint64>& ids,
                                 const QString& path, QWidget* parent)
{
    QProgressDialog progress(tr("Writing the certificates…"), tr("Cancel"), 0, int(ids.size()),
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const CertificateService service(reg);
    CertificatePdfFile file(path, service.pageOptions());
    const auto issued = service.issue(
        ids,
        [&](const QVector<CertificateContent>& all) {
            return file.write(all, [&](int done) {
                progress.setValue(done);
                return !progress.wasCanceled();
            });
        },
        [&] { return file.commit(); });
    progress.reset();
    if (!issued) {
        if (!progress.wasCanceled())
            QMessageBox::warning(parent, tr("Certificate"), issued.refusal().message);
        return false;
    }
    return true;
}

bool CertificateOutput::savePdf(const Register& reg, const QVector<qint64>& ids, QWidget* parent,
                                const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the certificates as PDF"),
                                                      folder + QLatin1Char('/') + suggestedName,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    return writePdf(reg, ids, path, parent);
}

} // namespace cinereg::ui
