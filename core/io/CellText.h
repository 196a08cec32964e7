#pragma once

#include "../Types.h"

#include <optional>
#include <QDate>
#include <QString>

namespace cinereg {

// How clerks write values in their sheets, read into the register's types.
class CellText
{
public:
    // YYYY-MM-DD, or DD/MM/YYYY (also with `-` or `.`, one-digit day or month). Null when the
    // text is not a real date.
    static QDate date(const QString& text);
    // authorization | national | international, or French "autorisation", "agrément
    // national"...
    static std::optional<RightKind> rightKind(const QString& text);
    // The status a right had at import; only suspended and revoked ask for a decision.
    static std::optional<RightStatus> status(const QString& text);
    static bool yes(const QString& text); // yes/oui/true/1/x
};

} // namespace cinereg
