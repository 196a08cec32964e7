#pragma once

#include <QString>

namespace cinereg {

// Official numbers from the settings' formats: "{year}" and "{seq}" (zero-padded to four
// digits) are replaced, e.g. "AUT-{year}-{seq}" → AUT-2026-0007. A format without "{seq}" gets
// "-N" appended, so that numbers stay unique whatever an administrator types.
QString formatNumber(const QString& format, int year, int seq);

} // namespace cinereg
