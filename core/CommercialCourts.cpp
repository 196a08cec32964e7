#include "CommercialCourts.h"

namespace cinereg::CommercialCourts {

QStringList seats()
{
    return {QStringLiteral("Agadir"),    QStringLiteral("Casablanca"), QStringLiteral("Fès"),
            QStringLiteral("Marrakech"), QStringLiteral("Meknès"),     QStringLiteral("Oujda"),
            QStringLiteral("Rabat"),     QStringLiteral("Tanger")};
}

} // namespace cinereg::CommercialCourts
