#pragma once

#include "Company.h"
#include "Right.h"

#include <QString>
#include <QVector>

namespace cinereg::cli {

// Readable, translated descriptions for the CLI's text mode.
QString describeCompany(const Company& company);
QString describeRight(const Right& right, QDate day, const QVector<Right>& authorizations);

} // namespace cinereg::cli
