#pragma once

#include "CertificateRenderer.h"

#include <memory>
#include <QSaveFile>

namespace cinereg {

// A certificates PDF written in two steps around their recording, so that no PDF ever exists
// whose numbers the register does not hold: write() renders into a temporary file next to the
// destination (a cancel or a failure leaves nothing), commit() renames it into place at once.
// Destroyed without commit(), the temporary file is removed.
class CertificatePdfFile
{
public:
    explicit CertificatePdfFile(const QString& path, CertificateRenderer::Options options = {});
    bool write(const QVector<CertificateContent>& certificates,
               const CertificateRenderer::Progress& progress = {});
    bool commit();

private:
    QSaveFile m_file;
    CertificateRenderer::Options m_options;
    bool m_written = false;
};

} // namespace cinereg
