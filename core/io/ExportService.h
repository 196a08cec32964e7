#pragma once

#include "../Refusal.h"
#include "../Types.h"

#include <optional>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

namespace cinereg {

class Register;

// Which companies an export lists, and the day their standing is computed for.
struct CompanyExportQuery
{
    QDate on;                      // null: today
    std::optional<RightKind> tier; // only holders of this accreditation tier (or authorization)
    QString body;                  // only the members of this professional body (its list)
};

// Writes the register's companies (with their standing on a day) and rights to CSV or XLSX
// (chosen by the file's extension), in the columns the import reads back: exporting a register
// and importing the files into an empty one gives the same companies and rights. A right is
// written as its grant and its current end of validity, with its suspension or revocation;
// intermediate decisions (a suspension later lifted, each renewal) are not carried.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(const Register& reg) : m_reg(reg) {}

    static QStringList companyHeader();
    static QStringList rightHeader();
    QVector<QStringList> companyRows(const CompanyExportQuery& query) const;
    QVector<QStringList> rightRows(QDate on) const;

    // The number of rows written, or why nothing was written. `rightToLeft`: an XLSX sheet read
    // from right to left (an export made in Arabic).
    Outcome<int> exportCompanies(const QString& path, const CompanyExportQuery& query,
                                 bool rightToLeft = false) const;
    Outcome<int> exportRights(const QString& path, QDate on, bool rightToLeft = false) const;

    static Check writeSheet(const QString& path, const QStringList& header,
                            const QVector<QStringList>& rows, bool rightToLeft);

private:
    const Register& m_reg;
};

} // namespace cinereg
