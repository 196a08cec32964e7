#pragma once

#include "../Company.h"
#include "../GrantRules.h"
#include "../Refusal.h"
#include "ImportReport.h"
#include "SheetTable.h"

#include <QCoreApplication>

namespace cinereg {

class Register;
class ColumnMap;
class RightBatch;

// Brings the CCM's legacy sheets into the register: every row goes through the same services
// (CompanyService, RightService) and rules as a clerk's entry, all rows in one transaction, so a
// rejected row (without skipInvalid), a cancellation or a storage failure writes nothing.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    explicit ImportService(const Register& reg) : m_reg(reg) {}

    // Reads a .csv or .xlsx file (recognized by its content, not only its name).
    static Outcome<SheetTable> readFile(const QString& path);
    static Outcome<SheetTable> readBytes(const QByteArray& bytes);

    ImportReport importCompanies(SheetTable table, const ImportOptions& options,
                                 const ImportProgress& progress = {}) const;
    ImportReport importRights(SheetTable table, const ImportOptions& options,
                              const ImportProgress& progress = {}) const;

    // The header names each import understands (canonical key -> accepted names).
    static QHash<QString, QStringList> companyColumns();
    static QHash<QString, QStringList> rightColumns();

    // One row of a rights sheet, read into the grant (and the decision it already carries).
    struct RightRow
    {
        QString ice;
        GrantRules::GrantRequest grant;
        QString number;
        std::optional<RightStatus> status;
        GrantRules::DecisionRequest decision;
    };

    // A sheet's row read into a company or a right, without the register (the clerk's rules
    // come after): each unreadable value (capital, date, kind, status) is one problem.
    static Company companyFrom(const ColumnMap& columns, const SheetRow& row,
                               QVector<ImportProblem>& problems);
    static RightRow rightFrom(const ColumnMap& columns, const SheetRow& row,
                              QVector<ImportProblem>& problems);

private:
    bool importRight(RightBatch& batch, qint64 companyId, const RightRow& right, int line,
                     QVector<ImportProblem>& problems) const;
    static QVector<ImportProblem> missingColumns(const ColumnMap& columns,
                                                 const QStringList& required, int line);

    const Register& m_reg;
};

} // namespace cinereg
