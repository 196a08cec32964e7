#pragma once

#include "../applications/Application.h"
#include "../CompanyQuery.h"
#include "../Right.h"

#include <QVector>

namespace cinereg {

class Register;

struct RightAttention
{
    CompanySummary company;
    Right right;
    QDate day; // the end of validity (expiring) or the start of the suspension (suspended)
};

struct ApplicationAttention
{
    CompanySummary company;
    Application application;
};

// What needs a clerk's attention on a day: rights ending soon, rights suspended, dossiers whose
// decision is due soon or overdue.
class DashboardService
{
public:
    explicit DashboardService(const Register& reg) : m_reg(reg) {}

    // Rights active on `on` whose validity ends within `days` days, soonest first.
    QVector<RightAttention> expiringWithin(QDate on, int days) const;
    // Rights suspended on `on`, most recent suspension first.
    QVector<RightAttention> suspendedOn(QDate on) const;
    // Open dossiers past their deadline or due within `days` days of `on`, soonest first.
    QVector<ApplicationAttention> dossiersDue(QDate on, int days = 5) const;

private:
    QVector<RightAttention> withCompanies(QVector<RightAttention> items) const;
    const Register& m_reg;
};

} // namespace cinereg
