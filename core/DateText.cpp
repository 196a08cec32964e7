#include "DateText.h"

#include "Localization.h"

#include <QLocale>

namespace cinereg::DateText {

QString displayFormat(const QString& language)
{
    return language == QLatin1String("en") ? QStringLiteral("d MMM yyyy")
                                           : QStringLiteral("dd/MM/yyyy");
}

QString displayFormat()
{
    return displayFormat(Localization::current());
}

QString of(QDate date, const QString& language)
{
    if (!date.isValid())
        return QStringLiteral("—");
    // The English locale only names the month; the other formats are digits, written with
    // Western digits whatever the locale would choose.
    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                               : QLocale::c();
    return locale.toString(date, displayFormat(language));
}

QString of(QDate date)
{
    return of(date, Localization::current());
}

} // namespace cinereg::DateText
