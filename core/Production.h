#pragma once

#include "Types.h"

#include <optional>
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

// Which productions `production list` shows.
struct ProductionFilter
{
    qint64 executorId = 0; // 0: any
    std::optional<ProductionKind> kind;
};

} // namespace cinereg
