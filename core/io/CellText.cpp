#include "CellText.h"

#include "ColumnMap.h"
#include "Names.h"

#include <QRegularExpression>

namespace cinereg {

QDate CellText::date(const QString& raw)
{
    const QString text = raw.trimmed();
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{1,2})-(\d{1,2})$)"));
    static const QRegularExpression french(
        QStringLiteral(R"(^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$)"));
    QRegularExpressionMatch m = iso.match(text);
    if (m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    m = french.match(text);
    if (m.hasMatch())
        return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

std::optional<RightKind> CellText::rightKind(const QString& raw)
{
    const QString text = ColumnMap::normalize(raw);
    if (text.isEmpty())
        return std::nullopt;
    if (text.contains(QLatin1String("autoris")) || text.contains(QLatin1String("authoriz")) ||
        text == QLatin1String("rukhsa"))
        return RightKind::Authorization;
    if (text.contains(QLatin1String("international")))
        return RightKind::International;
    if (text.contains(QLatin1String("national")))
        return RightKind::National;
    return Names::rightKind(raw.trimmed());
}

std::optional<RightStatus> CellText::status(const QString& raw)
{
    const QString text = ColumnMap::normalize(raw);
    if (text.startsWith(QLatin1String("suspen")))
        return RightStatus::Suspended;
    if (text.startsWith(QLatin1String("revo")) || text.startsWith(QLatin1String("retir")) ||
        text.startsWith(QLatin1String("retrait")) || text.startsWith(QLatin1String("withdr")))
        return RightStatus::Revoked;
    if (text.startsWith(QLatin1String("activ")) || text.startsWith(QLatin1String("actif")) ||
        text == QLatin1String("en_vigueur") || text == QLatin1String("in_force"))
        return RightStatus::Active;
    if (text.startsWith(QLatin1String("expir")))
        return RightStatus::Expired;
    if (text.startsWith(QLatin1String("pending")) || text.startsWith(QLatin1String("en_attente")))
        return RightStatus::Pending;
    return std::nullopt;
}

bool CellText::yes(const QString& raw)
{
    const QString text = ColumnMap::normalize(raw);
    return text == QLatin1String("yes") || text == QLatin1String("oui") ||
           text == QLatin1String("true") || text == QLatin1String("vrai") ||
           text == QLatin1String("1") || text == QLatin1String("x");
}

} // namespace cinereg
