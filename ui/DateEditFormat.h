#pragma once

class QDateEdit;

namespace cinereg::ui {

// Gives a date editor the language's date format (DateText) and keeps it left to right, as
// dates are written in Arabic text too: in a right-to-left window Qt would otherwise reverse
// the sections and show 2026/04/05 where every table shows 05/04/2026.
void applyDateFormat(QDateEdit* edit);

} // namespace cinereg::ui
