#pragma once

#include "Company.h"
#include "Refusal.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QVector>

namespace cinereg {

// Format rules of a company's record. Returns every problem, one per field, so that a form can
// mark each field with the core's message; the CLI reports the first.
class CompanyValidator
{
    Q_DECLARE_TR_FUNCTIONS(CompanyValidator)

public:
    // Normalises what a clerk typed: trims, folds ICE spaces, upper-cases CNIE and legal form.
    static Company normalized(Company company);
    static QVector<Refusal> validate(const Company& company, const Settings& settings);
};

} // namespace cinereg
