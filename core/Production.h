#pragma once

#include "Types.h"

#include <QDate>
#include <QString>

namespace cinereg {

struct Production
{
    qint64 id = 0;
    QString title;
    ProductionKind kind = ProductionKind::National;
    qint64 executorId = 0;
    QDate shootFrom;
    QDate shootTo;
    QString foreignProducer; // foreign productions
    QString country;         // ISO 3166-1 alpha-2, foreign productions
    QString mandate;         // reference of the mandate naming the executing company
    QString shootingPermit;
};

} // namespace cinereg
