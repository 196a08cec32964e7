#include "NumberFormat.h"

namespace cinereg {

QString formatNumber(const QString& format, int year, int seq)
{
    QString number = format;
    number.replace(QStringLiteral("{year}"), QString::number(year));
    number.replace(QStringLiteral("{seq}"), QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0')));
    if (!format.contains(QStringLiteral("{seq}")))
        number += QStringLiteral("-%1").arg(seq);
    return number;
}

} // namespace cinereg
