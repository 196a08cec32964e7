#pragma once

#include "Company.h"
#include "CompanyQuery.h"
#include "Production.h"
#include "Right.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

namespace cinereg {

// The register's records as JSON, with the stable field names of the CLI contract; also what
// the audit trail stores.
namespace JsonExport {
QJsonObject company(const Company& company);
QJsonObject summary(const CompanySummary& summary);
QJsonObject decision(const Decision& decision);
// A right with its history, its status on `day` and, for an accreditation, whether it is
// effective that day given the company's authorizations.
QJsonObject right(const Right& right, QDate day, const QVector<Right>& authorizations);
QJsonObject production(const Production& production);
QJsonValue date(QDate date); // ISO or null
} // namespace JsonExport

} // namespace cinereg
