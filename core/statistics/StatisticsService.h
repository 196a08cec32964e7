#pragma once

#include "../Refusal.h"
#include "../Right.h"
#include "EffectivenessRules.h"
#include "RegisterFigures.h"

#include <optional>
#include <QCoreApplication>

namespace cinereg {

class Register;

// Which figures: the day rights are counted in force (default today) and the calendar years
// of the yearly series (default from the first year with a decision or a shooting up to the
// year of `on`).
struct StatisticsQuery
{
    QDate on;
    std::optional<int> fromYear;
    std::optional<int> toYear;
};

// The register's figures, the one source of the CLI's `stats`, the Statistics tab and the
// printed report. Definitions:
// - in force on D: an authorization active on D; an accreditation effective on D (active, and
//   the company's authorization active too), exactly as EffectivenessRules says;
// - per year, counted on the day each event takes effect and never after D: grants, suspensions
//   and revocations (decisions of any right), new entrants (companies whose first authorization
//   ever starts that year; a company authorized again after a revocation is not new), and
//   productions by the year their shooting starts;
// - members of a body: memberships recorded as beginning on or before D, or undated.
class StatisticsService
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsService)

public:
    explicit StatisticsService(const Register& reg) : m_reg(reg) {}

    Outcome<RegisterFigures> figures(const StatisticsQuery& query) const;

    static constexpr int MaxYears = 100; // a longer series is a typing mistake, not a report

private:
    void countInForce(RegisterFigures& figures) const;
    void countMembers(RegisterFigures& figures) const;

    const Register& m_reg;
};

} // namespace cinereg
