#pragma once

#include "../Company.h"
#include "../Refusal.h"
#include "Application.h"

#include <memory>
#include <QCoreApplication>

class QPagedPaintDevice;
class QTextDocument;

namespace cinereg {

class Register;

// The receipt (récépissé / وصل الإيداع) of a dossier: one A4 page, French then Arabic (right to
// left, Noto Naskh Arabic), each complete: the receipt's reference, the company, what it asks
// for, the date received, the pieces received with their dates, the pieces still missing and the
// decision deadline. Drawn with QtGui only (QTextDocument), so the CLI, the window's print
// preview and the tests draw the same page. Needs a QGuiApplication.
class ReceiptDocument
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(Application application, Company company, QDate issuedOn);
    // Loads the dossier and its company from the register; nullopt-like refusal if unknown.
    static Outcome<std::shared_ptr<ReceiptDocument>> load(const Register& reg,
                                                          qint64 applicationId);

    QString html() const;
    std::unique_ptr<QTextDocument> document() const;
    // Draws the page on a printer (print preview) or any paged device.
    void print(QPagedPaintDevice* device) const;
    // Writes the PDF; refuses (field "out") when the file cannot be written.
    Check writePdf(const QString& path) const;

    const Application& application() const { return m_application; }

private:
    Application m_application;
    Company m_company;
    QDate m_issuedOn;
};

} // namespace cinereg
