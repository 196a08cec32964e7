#include "CertificatePdfFile.h"

#include <QPdfWriter>

namespace cinereg {

CertificatePdfFile::CertificatePdfFile(const QString& path, CertificateRenderer::Options options)
    : m_file(path), m_options(std::move(options))
{
}

bool CertificatePdfFile::write(const QVector<CertificateContent>& certificates,
                               const CertificateRenderer::Progress& progress)
{
    if (!m_file.open(QIODevice::WriteOnly))
        return false;
    {
        QPdfWriter writer(&m_file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("cinereg"));
        writer.setTitle(certificates.size() == 1 ? certificates.front().number
                                                 : QStringLiteral("cinereg"));
        if (!CertificateRenderer::render(writer, certificates, progress, m_options)) {
            m_file.cancelWriting();
            return false;
        }
    }
    // Every byte is in the temporary file now: a full disk shows here, before any recording.
    m_written = m_file.flush() && m_file.error() == QFileDevice::NoError;
    if (!m_written)
        m_file.cancelWriting();
    return m_written;
}

bool CertificatePdfFile::commit()
{
    return m_written && m_file.commit();
}

} // namespace cinereg
