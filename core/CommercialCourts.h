#pragma once

#include <QStringList>

namespace cinereg {

// Morocco's commercial courts of first instance, named by their seat as the register writes a
// company's RC court ("Casablanca"). Where no commercial court sits, the RC is kept by the court
// of first instance, so a form offers this list but still accepts another name.
namespace CommercialCourts {
QStringList seats();
} // namespace CommercialCourts

} // namespace cinereg
