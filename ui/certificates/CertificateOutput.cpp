#include "CertificateOutput.h"

#include "certificates/CertificateRenderer.h"
#include "certificates/CertificateService.h"
#include "services/Register.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QProgressDialog>
#include <QStandardPaths>

namespace cinereg::ui {

bool CertificateOutput::preview(const Register& reg, const QVector<qint64>& ids, QWidget* parent)
{
    const CertificateService service(reg);
    const auto issued = service.issue(ids, {});
    if (!issued) {
        QMessageBox::warning(parent, tr("Certificate"), issued.refusal().message);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(issued.value().size() == 1 ? issued.value().front().number
                                                  : QStringLiteral("cinereg"));
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Certificate — print preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, parent, [&](QPrinter* target) {
        CertificateRenderer::render(*target, issued.value());
    });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    service.recordPrinted(issued.value());
    return true;
}

bool CertificateOutput::writePdf(const Register& reg, const QVector<qint64>& ids,
                                 const QString& path, QWidget* parent)
{
    QProgressDialog progress(tr("Writing the certificates…"), tr("Cancel"), 0, int(ids.size()),
                             parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    const auto issued =
        CertificateService(reg).issue(ids, [&](const QVector<CertificateContent>& all) {
            return CertificateRenderer::writePdf(path, all, [&](int done) {
                progress.setValue(done);
                return !progress.wasCanceled();
            });
        });
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
