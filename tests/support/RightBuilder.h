#pragma once

#include "Right.h"

namespace cinereg::test {

inline QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// Builds a right and its decisions in memory, in the order a clerk would enter them.
class RightBuilder
{
public:
    explicit RightBuilder(RightKind kind, const char* from, const char* until = nullptr)
    {
        m_right.kind = kind;
        m_right.number = QStringLiteral("N-%1").arg(++s_counter);
        m_right.id = s_counter;
        m_right.validFrom = d(from);
        add(DecisionType::Grant, from, until ? d(until) : QDate());
    }
    RightBuilder& suspend(const char* day) { return add(DecisionType::Suspend, day); }
    RightBuilder& reinstate(const char* day) { return add(DecisionType::Reinstate, day); }
    RightBuilder& revoke(const char* day) { return add(DecisionType::Revoke, day); }
    RightBuilder& renew(const char* day, const char* until)
    {
        return add(DecisionType::Renew, day, d(until));
    }
    Right build() const { return m_right; }
    operator Right() const { return m_right; }

private:
    RightBuilder& add(DecisionType type, const char* day, QDate until = {})
    {
        Decision decision;
        decision.id = m_right.history.size() + 1;
        decision.type = type;
        decision.effective = d(day);
        decision.reference = QStringLiteral("REF");
        decision.reason = QStringLiteral("reason");
        decision.validUntil = until;
        m_right.history.append(decision);
        return *this;
    }
    Right m_right;
    static inline int s_counter = 0;
};

} // namespace cinereg::test
