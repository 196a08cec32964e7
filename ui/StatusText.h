#pragma once

#include "Standing.h"
#include "Types.h"

#include <optional>
#include <QBrush>
#include <QDate>
#include <QString>

namespace cinereg::ui {

// How statuses and dates read on screen, in the current language and locale.
QString statusText(const std::optional<RightStatus>& status); // "—" when none
QBrush statusBrush(const std::optional<RightStatus>& status);
// A right's standing (core/Standing): green only when in force; "—" when none.
QString standingLabel(const std::optional<Standing>& standing);
QBrush standingBrush(const std::optional<Standing>& standing);
// A right's kind in a few words, for narrow table cells: "authorization", "national
// accreditation"; the full name (Names::label) belongs in its tooltip.
QString shortRightLabel(RightKind kind);
QString dateText(QDate date);   // DateText::of: the language's format; "—" when null
QString untilText(QDate until); // "without limit" when null
// Wraps a piece of text of unknown direction (a Latin name or date inside Arabic, or the
// reverse) in Unicode isolates, so that it neither reorders nor is reordered by its neighbours.
QString isolated(const QString& text);

} // namespace cinereg::ui
