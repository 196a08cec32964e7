#pragma once

#include "Certificate.h"

#include <functional>
#include <QCoreApplication>
#include <QImage>
#include <QVector>

class QPagedPaintDevice;
class QPainter;

namespace cinereg {

// Draws certificates as DOMAIN.md describes them: one A4 page each, French on the left and
// Arabic on the right (right-to-left, shaped by Qt), a QR code and the printed verification code.
// QtGui only, so the CLI prints exactly what the window prints.
class CertificateRenderer
{
public:
    // Called after each page with the number of pages done; returning false cancels.
    using Progress = std::function<bool(int done)>;

    // What the page shows besides the certificate itself, the same for every page of a batch.
    struct Options
    {
        QString verificationUrl; // named in the footer; none: the footer names no address
        QImage letterhead;       // the Centre's emblem at the top; none by default
    };

    // One page per certificate on a PDF writer or a printer; false when cancelled or failed.
    static bool render(QPagedPaintDevice& device, const QVector<CertificateContent>& certificates,
                       const Progress& progress = {}, const Options& options = {});
    // Writes a PDF atomically: on a cancel or a failure the file is not created or replaced.
    static bool writePdf(const QString& path, const QVector<CertificateContent>& certificates,
                         const Progress& progress = {}, const Options& options = {});

    static void paintPage(QPainter& painter, const CertificateContent& certificate,
                          const Options& options = {});
};

} // namespace cinereg
