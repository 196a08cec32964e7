#pragma once

#include "../applications/Application.h"
#include "../CompanyQuery.h"
#include "../Right.h"
#include "../Standing.h"

#include <QVector>

namespace cinereg {

class Register;

struct RightAttention
{
    CompanySummary company;
    Right right;
    QDate day;         // the end of validity (expiring) or the start of the suspension (suspended)
    Standing standing; // today, as the company page shows it
};

struct ApplicationAttention
{
    CompanySummary company;
    Application application;
};

// The register at a glance on a day: what the home page counts.
struct RegisterCounts
{
    int companies = 0;
    int authorized = 0;    // companies whose authorization is in force
    int national = 0;      // companies holding a national accreditation in force
    int international = 0; // companies holding an international accreditation in force
    int openDossiers = 0;
    int overdueDossiers = 0;
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
    QVector<ApplicationAttention> dossiersDue(QDate on, int days = DossierDueWithinDays) const;

    // Reads the rights of every right holder: seconds on 100,000 companies, so the window asks
    // from its background reader.
    RegisterCounts counts(QDate on) const;

    // A right ending within this many days is urgent: the home page marks it.
    static constexpr int UrgentWithinDays = 30;
    static bool isUrgent(const RightAttention& ending, QDate on);
    // A dossier due within this many days is listed on the home page with the overdue ones.
    static constexpr int DossierDueWithinDays = 5;
    // The horizons the home page offers for "rights ending soon", in days; the first is the
    // urgent one.
    static QVector<int> expiringHorizons() { return {UrgentWithinDays, 60, 90}; }

private:
    QVector<RightAttention> withCompanies(QVector<RightAttention> items) const;
    const Register& m_reg;
};

} // namespace cinereg
