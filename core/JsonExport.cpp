#include "JsonExport.h"

#include "Effectiveness.h"
#include "EffectivenessRules.h"
#include "Names.h"
#include "RightTimeline.h"

namespace cinereg::JsonExport {

namespace {
QJsonValue text(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonValue date(QDate d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject company(const Company& c)
{
    QJsonArray memberships;
    for (const Membership& m : c.memberships)
        memberships.append(QJsonObject{{QStringLiteral("body"), m.body},
                                       {QStringLiteral("since"), date(m.since)}});
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("name_ar"), text(c.nameAr)},
        {QStringLiteral("legal_form"), c.legalForm},
        {QStringLiteral("rc"), c.rcNumber},
        {QStringLiteral("rc_court"), c.rcCourt},
        {QStringLiteral("ice"), c.ice},
        {QStringLiteral("ice_key_confirmed"), c.iceKeyConfirmed},
        {QStringLiteral("if"), text(c.taxId)},
        {QStringLiteral("cnss"), text(c.cnss)},
        {QStringLiteral("capital"), c.capital ? QJsonValue(*c.capital) : QJsonValue()},
        {QStringLiteral("address"), c.address},
        {QStringLiteral("city"), c.city},
        {QStringLiteral("manager"), text(c.manager)},
        {QStringLiteral("manager_id"), text(c.managerId)},
        {QStringLiteral("email"), text(c.email)},
        {QStringLiteral("phone"), text(c.phone)},
        {QStringLiteral("memberships"), memberships},
    };
}

QJsonObject summary(const CompanySummary& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("name"), s.name},
                       {QStringLiteral("name_ar"), text(s.nameAr)},
                       {QStringLiteral("legal_form"), s.legalForm},
                       {QStringLiteral("ice"), s.ice},
                       {QStringLiteral("rc"), s.rcNumber},
                       {QStringLiteral("rc_court"), s.rcCourt},
                       {QStringLiteral("city"), s.city}};
}

QJsonObject decision(const Decision& d)
{
    QJsonObject json{{QStringLiteral("id"), d.id},
                     {QStringLiteral("type"), Names::code(d.type)},
                     {QStringLiteral("effective"), date(d.effective)},
                     {QStringLiteral("decision"), d.reference},
                     {QStringLiteral("decision_date"), date(d.decisionDate)},
                     {QStringLiteral("reason"), text(d.reason)},
                     {QStringLiteral("valid_until"), date(d.validUntil)},
                     {QStringLiteral("entered_by"), d.enteredBy},
                     {QStringLiteral("entered_at"), d.enteredAt.toString(Qt::ISODate)}};
    // Four eyes: who proposed the decision and who approved it (absent in single-user mode).
    if (d.proposalId) {
        json.insert(QStringLiteral("proposal"), d.proposalId);
        json.insert(QStringLiteral("proposed_by"), d.proposedBy);
        json.insert(QStringLiteral("approved_by"), d.approvedBy);
    }
    return json;
}

QJsonObject right(const Right& r, QDate day, const QVector<Right>& authorizations)
{
    const RightTimeline timeline(r);
    QJsonArray history;
    for (const Decision& d : r.history)
        history.append(decision(d));
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("company_id"), r.companyId},
                     {QStringLiteral("kind"), Names::code(r.kind)},
                     {QStringLiteral("number"), r.number},
                     {QStringLiteral("decision"), r.grant().reference},
                     {QStringLiteral("decision_date"), date(r.grant().decisionDate)},
                     {QStringLiteral("valid_from"), date(r.validFrom)},
                     {QStringLiteral("valid_until"), date(timeline.validUntilOn(day))},
                     {QStringLiteral("status"), Names::code(timeline.statusOn(day))},
                     {QStringLiteral("history"), history}};
    if (r.isAccreditation()) {
        json.insert(QStringLiteral("tier"), Names::code(r.kind));
        const Effectiveness e = EffectivenessRules::on(r, authorizations, day);
        json.insert(QStringLiteral("effective"), e.effective);
        json.insert(QStringLiteral("authorization_status"),
                    e.authorization ? QJsonValue(Names::code(*e.authorization)) : QJsonValue());
    }
    return json;
}

QJsonObject production(const Production& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("title"), p.title},
                       {QStringLiteral("kind"), Names::code(p.kind)},
                       {QStringLiteral("executor"), p.executorId},
                       {QStringLiteral("from"), date(p.shootFrom)},
                       {QStringLiteral("to"), date(p.shootTo)},
                       {QStringLiteral("foreign_producer"), text(p.foreignProducer)},
                       {QStringLiteral("country"), text(p.country)},
                       {QStringLiteral("mandate"), text(p.mandate)},
                       {QStringLiteral("shooting_permit"), text(p.shootingPermit)}};
}

} // namespace cinereg::JsonExport
