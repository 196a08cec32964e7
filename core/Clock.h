#pragma once

#include <QDate>
#include <QDateTime>

namespace cinereg {

// Every rule of the register depends on "today": time comes from one injectable clock so that
// each rule can be tested on any day.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate today) : m_now(today.startOfDay().addSecs(9 * 3600)) {}
    QDateTime now() const override { return m_now; }
    void setToday(QDate today) { m_now = today.startOfDay().addSecs(9 * 3600); }

private:
    QDateTime m_now;
};

} // namespace cinereg
