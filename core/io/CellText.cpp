#include "CellText.h"

#include "ColumnMap.h"
#include "Names.h"

#include <QRegularExpression>

namespace cinereg {

namespace {

// Reads `count` (or, if `upTo`, 1 to `count`) ASCII digits at `i`; -1 if there are none.
int digitsAt(const QString& text, qsizetype& i, int count, bool upTo)
{
    int value = 0;
    int read = 0;
    while (read < count && i < text.size() && text.at(i) >= u'0' && text.at(i) <= u'9') {
        value = value * 10 + (text.at(i).unicode() - u'0');
        ++i;
        ++read;
    }
    return read == count || (upTo && read > 0) ? value : -1;
}

bool separatorAt(const QString& text, qsizetype& i, bool frenchStyle)
{
    if (i >= text.size())
        return false;
    const QChar c = text.at(i);
    if (c == u'-' || (frenchStyle && (c == u'/' || c == u'.'))) {
        ++i;
        return true;
    }
    return false;
}

} // namespace

QDate CellText::date(const QString& raw)
{
    const QString text = raw.trimmed();
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii) {
        // The two patterns below, read directly.
        qsizetype i = 0;
        const int year = digitsAt(text, i, 4, false);
        if (year >= 0 && separatorAt(text, i, false)) {
            const int month = digitsAt(text, i, 2, true);
            if (month < 0 || !separatorAt(text, i, false))
                return {};
            const int day = digitsAt(text, i, 2, true);
            return day >= 0 && i == text.size() ? QDate(year, month, day) : QDate();
        }
        i = 0;
        const int day = digitsAt(text, i, 2, true);
        if (day < 0 || !separatorAt(text, i, true))
            return {};
        const int month = digitsAt(text, i, 2, true);
        if (month < 0 || !separatorAt(text, i, true))
            return {};
        const int frenchYear = digitsAt(text, i, 4, false);
        return frenchYear >= 0 && i == text.size() ? QDate(frenchYear, month, day) : QDate();
    }
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
