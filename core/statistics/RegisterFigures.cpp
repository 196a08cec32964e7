#include "RegisterFigures.h"

#include <QJsonArray>

namespace cinereg {

namespace {
QJsonObject tiers(const RightsInForce& f)
{
    return {{QStringLiteral("authorization"), f.authorization},
            {QStringLiteral("national"), f.national},
            {QStringLiteral("international"), f.international}};
}
} // namespace

QJsonObject RegisterFigures::toJson() const
{
    QJsonArray cities;
    for (const CityFigures& c : byCity) {
        QJsonObject o = tiers(c.inForce);
        o.insert(QStringLiteral("city"), c.city);
        cities.append(o);
    }
    QJsonArray years;
    for (const YearFigures& y : perYear)
        years.append(QJsonObject{{QStringLiteral("year"), y.year},
                                 {QStringLiteral("grants"), y.grants},
                                 {QStringLiteral("suspensions"), y.suspensions},
                                 {QStringLiteral("revocations"), y.revocations},
                                 {QStringLiteral("new_entrants"), y.newEntrants},
                                 {QStringLiteral("productions_national"), y.productionsNational},
                                 {QStringLiteral("productions_foreign"), y.productionsForeign}});
    QJsonArray members;
    for (const BodyFigures& b : bodies)
        members.append(
            QJsonObject{{QStringLiteral("body"), b.body}, {QStringLiteral("members"), b.members}});
    return {{QStringLiteral("on"), on.toString(Qt::ISODate)},
            {QStringLiteral("from"), fromYear},
            {QStringLiteral("to"), toYear},
            {QStringLiteral("in_force"), tiers(inForce)},
            {QStringLiteral("by_city"), cities},
            {QStringLiteral("per_year"), years},
            {QStringLiteral("bodies"), members}};
}

} // namespace cinereg
