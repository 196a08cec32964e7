#pragma once

#include "Types.h"

#include <optional>
#include <QBrush>
#include <QDate>
#include <QString>

namespace cinereg::ui {

// How statuses and dates read on screen, in the current language and locale.
QString statusText(const std::optional<RightStatus>& status); // "—" when none
QBrush statusBrush(const std::optional<RightStatus>& status);
QString dateText(QDate date);   // DateText::of: the language's format; "—" when null
QString untilText(QDate until); // "without limit" when null

} // namespace cinereg::ui
