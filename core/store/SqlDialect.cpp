#include "SqlDialect.h"

namespace cinereg {

QString SqlDialect::beginWrite() const
{
    return isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL SERIALIZABLE")
                      : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::idsOf() const
{
    return isServer() ? QStringLiteral(
                            "SELECT CAST(jsonb_array_elements_text(CAST(? AS jsonb)) AS bigint)")
                      : QStringLiteral("SELECT value FROM json_each(?)");
}

QString SqlDialect::jsonField(const QString& column, const QString& key) const
{
    return isServer() ? QStringLiteral("(CAST(%1 AS jsonb) ->> '%2')").arg(column, key)
                      : QStringLiteral("json_extract(%1, '$.%2')").arg(column, key);
}

QString SqlDialect::jsonValid(const QString& column) const
{
    return isServer() ? QStringLiteral("(%1 IS NOT NULL)").arg(column)
                      : QStringLiteral("json_valid(%1)").arg(column);
}

QString SqlDialect::hex(const QString& column) const
{
    return isServer() ? QStringLiteral("upper(encode(%1, 'hex'))").arg(column)
                      : QStringLiteral("hex(%1)").arg(column);
}

QString SqlDialect::caseless(const QString& expression) const
{
    return isServer() ? QStringLiteral("lower(%1)").arg(expression)
                      : QStringLiteral("%1 COLLATE NOCASE").arg(expression);
}

QString SqlDialect::binary(const QString& expression) const
{
    return isServer() ? QStringLiteral("%1 COLLATE \"C\"").arg(expression) : expression;
}

QString SqlDialect::standingOrder() const
{
    // SQLite's rowid is the order of insertion; on the server the periods are read in the order
    // StandingStore writes them (by kind, then by start).
    return isServer() ? QStringLiteral("CASE kind WHEN 'authorization' THEN 0 WHEN 'national' "
                                       "THEN 1 ELSE 2 END, start_day")
                      : QStringLiteral("rowid");
}

QString SqlDialect::nullsAsSQLite(bool descending) const
{
    if (!isServer())
        return {};
    return descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
}

QString SqlDialect::indexedBy(const QString& index) const
{
    return isServer() ? QString() : QStringLiteral(" INDEXED BY %1").arg(index);
}

QString SqlDialect::withoutIndex(const QString& column) const
{
    return isServer() ? column : QLatin1Char('+') + column;
}

QString SqlDialect::isoDay(const QString& column) const
{
    return isServer()
               ? QStringLiteral("%1 ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'").arg(column)
               : QStringLiteral("%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'").arg(column);
}

} // namespace cinereg
