#pragma once

#include "Company.h"
#include "Right.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace cinereg::cli {

// Readable, translated descriptions for the CLI's text mode.
QString describeCompany(const Company& company);
QString describeRight(const Right& right, QDate day, const QVector<Right>& authorizations);

class CliContext;
// A decision command recorded as a proposal (four eyes): prints {"proposal": ID, "status":
// "proposed"} or the sentence, and returns Done.
int printProposed(CliContext& ctx, qint64 proposal);

} // namespace cinereg::cli
