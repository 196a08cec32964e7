#include "ValidityEnd.h"

namespace cinereg {

QDate ValidityEnd::defaultLastDay(QDate from, int termMonths)
{
    if (termMonths <= 0 || !from.isValid())
        return {};
    return from.addMonths(termMonths).addDays(-1);
}

QDate ValidityEnd::resolve(QDate from, int termMonths) const
{
    switch (m_choice) {
    case Choice::DefaultTerm:
        return defaultLastDay(from, termMonths);
    case Choice::NoEnd:
        return {};
    case Choice::Until:
        return m_lastDay;
    }
    return {};
}

} // namespace cinereg
