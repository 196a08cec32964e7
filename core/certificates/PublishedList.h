#pragma once

#include "../Types.h"

#include <QCoreApplication>
#include <QDate>

namespace cinereg {

class Register;

// The published list of the companies holding an effective accreditation of a tier on a day,
// in French and Arabic, as a PDF.
class PublishedList
{
    Q_DECLARE_TR_FUNCTIONS(PublishedList)

public:
    struct Row
    {
        QString accreditation;
        QString name;
        QString nameAr;
        QString ice;
        QString city;
        QDate validUntil;
    };
    static QVector<Row> rows(const Register& reg, RightKind tier, QDate on);
    // Returns the number of companies listed, or -1 when the file cannot be written.
    static int writePdf(const Register& reg, RightKind tier, QDate on, const QString& path);
};

} // namespace cinereg
