#pragma once

#include "certificates/Certificate.h"

#include <QCoreApplication>
#include <QVector>

class QWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Where issued certificates go from the window: the print preview (then the printer), or a PDF
// file. Both show progress on long batches and let the clerk cancel, which records nothing.
class CertificateOutput
{
    Q_DECLARE_TR_FUNCTIONS(CertificateOutput)

public:
    // Previews the certificates marked as previews (nothing issued); only if the clerk prints
    // are they issued, printed and recorded. True when printed.
    static bool preview(const Register& reg, const QVector<qint64>& accreditationIds,
                        QWidget* parent);
    // Asks for a file name, then issues the certificates and writes the PDF (see issue()).
    static bool savePdf(const Register& reg, const QVector<qint64>& accreditationIds,
                        QWidget* parent, const QString& suggestedName);
    // Writes the PDF to `path` with a progress dialog; false when cancelled or refused (the
    // refusal is shown to the clerk).
    static bool writePdf(const Register& reg, const QVector<qint64>& accreditationIds,
                         const QString& path, QWidget* parent);
};

} // namespace cinereg::ui
