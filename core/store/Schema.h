#pragma once

#include <QStringList>

namespace cinereg::Schema {
// The statements that bring the schema from version step-1 to step.
QStringList migrationTo(int step);
} // namespace cinereg::Schema
