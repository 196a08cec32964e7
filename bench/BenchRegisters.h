#pragma once

#include "Clock.h"
#include "services/Register.h"

#include <QDate>
#include <QString>

namespace cinereg::bench {

// The day every benchmark register is generated for and read on, and its clock. Inline, so that
// each benchmark's own dates may be computed from it at start-up.
inline const QDate Today{2026, 11, 24};
const Clock& benchClock();

// A fictional register of `companies` companies, generated once into $CINEREG_BENCH_DIR
// (default ./bench-data) and shared by every benchmark, so that they all measure the same file.
QString registerPath(int companies);

// That register, opened on first use and kept open; closeRegisters() closes them all before the
// QCoreApplication goes, as Qt's SQL connections require.
Register& registerOf(int companies);
void closeRegisters();

} // namespace cinereg::bench
