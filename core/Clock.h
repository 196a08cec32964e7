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

// One instant, whatever the time: Register::ClockPin's, for a command that stamps many records
// with the moment it started.
class FrozenClock final : public Clock
{
public:
    explicit FrozenClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime now() const override { return m_now; }

private:
    QDateTime m_now;
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
