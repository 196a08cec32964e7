#pragma once

#include <QDate>
#include <QString>

namespace cinereg {

// How a date reads in each language, the same in tables, fields, dialogs and the core's
// messages: dd/MM/yyyy in French and Arabic, with Western digits as Moroccan administrations
// write them, and "26 Nov 2026" in English.
namespace DateText {
QString displayFormat(const QString& language); // for date editors as well
QString displayFormat();                        // the current language's
QString of(QDate date, const QString& language);
QString of(QDate date); // current language; "—" when null
} // namespace DateText

} // namespace cinereg
