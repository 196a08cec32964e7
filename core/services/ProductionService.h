#pragma once

#include "../CompanyQuery.h"
#include "../Production.h"
#include "../Refusal.h"

#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class Register;

// A company's answer to "may it execute a production of this kind between these dates?".
struct Eligibility
{
    CompanySummary company;
    bool eligible = false;
    QStringList accreditations; // numbers of the accreditations of the tier that cover the period
    QString reason;             // why not, translated; empty when eligible
};

struct InactiveCompany
{
    CompanySummary company;
    QDate lastActivity; // last shooting day, or the authorization's start when it never shot
};

class ProductionService
{
    Q_DECLARE_TR_FUNCTIONS(ProductionService)

public:
    explicit ProductionService(const Register& reg) : m_reg(reg) {}

    Check wouldAdd(const Production& production) const;
    Outcome<qint64> add(const Production& production) const;
    QVector<Production> list(const ProductionFilter& filter) const;

    // Companies holding an accreditation of the tier for `kind`; with includeIneligible, those
    // that may not execute it are listed too, each with the reason.
    QVector<Eligibility> eligibility(ProductionKind kind, QDate from, QDate to,
                                     bool includeIneligible = false) const;

    // Authorized companies with no production for the settings' number of years (default 4).
    QVector<InactiveCompany> inactiveCompanies(QDate on) const;

private:
    Check validate(const Production& production) const;
    const Register& m_reg;
};

} // namespace cinereg
