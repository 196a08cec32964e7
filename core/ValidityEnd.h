#pragma once

#include <QDate>

namespace cinereg {

// How a granted right's validity ends, as the clerk chose it: the settings' default term, no
// end at all, or a given last day. A null date used to mean both "no end" (in the rules) and
// "apply the default term" (in the service), so a clerk asking for "without limit" could get a
// limited right; the three choices are now distinct and resolved in one place.
class ValidityEnd
{
public:
    enum class Choice { DefaultTerm, NoEnd, Until };

    ValidityEnd() = default; // the default term
    static ValidityEnd defaultTerm() { return ValidityEnd(Choice::DefaultTerm, QDate()); }
    static ValidityEnd noEnd() { return ValidityEnd(Choice::NoEnd, QDate()); }
    static ValidityEnd until(QDate lastDay) { return ValidityEnd(Choice::Until, lastDay); }

    Choice choice() const { return m_choice; }
    QDate lastDay() const { return m_lastDay; } // only for Choice::Until

    // The last day of validity of a right valid from `from`; null means no end. A default term
    // of `termMonths` <= 0 means rights are granted without limit by default.
    QDate resolve(QDate from, int termMonths) const;
    // What the default term gives for a right valid from `from` (null: no end).
    static QDate defaultLastDay(QDate from, int termMonths);

    bool operator==(const ValidityEnd& other) const
    {
        return m_choice == other.m_choice && m_lastDay == other.m_lastDay;
    }

private:
    ValidityEnd(Choice choice, QDate lastDay) : m_choice(choice), m_lastDay(lastDay) {}
    Choice m_choice = Choice::DefaultTerm;
    QDate m_lastDay;
};

} // namespace cinereg
