#include "Numbering.h"

#include "../Names.h"
#include "../NumberFormat.h"

#include <QSqlQuery>

namespace cinereg {

NumberSeries NumberSeries::rights(RightKind kind, int year, const QString& format)
{
    return {QStringLiteral("number:%1:%2").arg(Names::code(kind)).arg(year), Table::Rights, year,
            format};
}

NumberSeries NumberSeries::certificates(RightKind tier, int year, const QString& format)
{
    return {QStringLiteral("certificate:%1:%2").arg(Names::code(tier)).arg(year),
            Table::Certificates, year, format};
}

NumberSeries NumberSeries::receipts(int year, const QString& format)
{
    return {QStringLiteral("receipt:%1").arg(year), Table::Applications, year, format};
}

QString NumberSeries::format(int seq) const
{
    QString number = formatNumber(m_format, m_year, seq);
    if (m_table == Table::Certificates)
        number.remove(QLatin1Char(':')); // the verification code's separator
    return number;
}

Numbering::Number Numbering::next(const NumberSeries& series) const
{
    for (;;) {
        const int seq = advance(series.counter());
        QString number = series.format(seq);
        if (!taken(series, number))
            return {std::move(number), seq};
    }
}

void Numbering::release(const NumberSeries& series, int first, int last) const
{
    m_db.run(QStringLiteral("UPDATE counters SET value = ? WHERE name = ? AND value = ?"),
             {first - 1, series.counter(), last});
}

int Numbering::advance(const QString& counter) const
{
    // On a server, workstations numbering in the same series wait for each other here until the
    // end of the transaction (commit or rollback); other series never wait. On a file, the
    // transaction's write lock already lets one command number at a time.
    if (m_db.dialect().isServer())
        m_db.run(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"),
                 {QStringLiteral("cinereg:") + counter});
    m_db.run(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                            "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"),
             {counter});
    QSqlQuery q = m_db.run(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {counter});
    return q.next() ? q.value(0).toInt() : 1;
}

bool Numbering::taken(const NumberSeries& series, const QString& number) const
{
    switch (series.m_table) {
    case NumberSeries::Table::Rights:
        return m_db.run(QStringLiteral("SELECT 1 FROM rights WHERE number = ?"), {number}).next();
    case NumberSeries::Table::Certificates:
        return m_db.run(QStringLiteral("SELECT 1 FROM certificates WHERE number = ?"), {number})
            .next();
    case NumberSeries::Table::Applications:
        return m_db.run(QStringLiteral("SELECT 1 FROM applications WHERE receipt = ?"), {number})
            .next();
    }
    return false;
}

} // namespace cinereg
