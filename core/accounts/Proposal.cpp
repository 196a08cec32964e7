#include "Proposal.h"

#include "../Names.h"

namespace cinereg {

namespace {
QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate day(const QJsonObject& o, const char* key)
{
    return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
}
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject endJson(const ValidityEnd& end)
{
    switch (end.choice()) {
    case ValidityEnd::Choice::DefaultTerm:
        return {{QStringLiteral("end"), QStringLiteral("default")}};
    case ValidityEnd::Choice::NoEnd:
        return {{QStringLiteral("end"), QStringLiteral("none")}};
    case ValidityEnd::Choice::Until:
        return {{QStringLiteral("end"), QStringLiteral("until")},
                {QStringLiteral("until"), iso(end.lastDay())}};
    }
    return {};
}

ValidityEnd endOf(const QJsonObject& o)
{
    const QString end = text(o, "end");
    if (end == QLatin1String("none"))
        return ValidityEnd::noEnd();
    if (end == QLatin1String("until"))
        return ValidityEnd::until(day(o, "until"));
    return ValidityEnd::defaultTerm();
}

void merge(QJsonObject& into, const QJsonObject& from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}
} // namespace

QString proposalKindCode(ProposalKind kind)
{
    switch (kind) {
    case ProposalKind::Grant:
        return QStringLiteral("grant");
    case ProposalKind::Decision:
        return QStringLiteral("decision");
    case ProposalKind::ApplicationDecide:
        return QStringLiteral("application");
    }
    return {};
}

QString proposalStatusCode(ProposalStatus status)
{
    switch (status) {
    case ProposalStatus::Pending:
        return QStringLiteral("pending");
    case ProposalStatus::Approved:
        return QStringLiteral("approved");
    case ProposalStatus::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

std::optional<ProposalKind> proposalKindFromCode(const QString& code)
{
    for (ProposalKind k :
         {ProposalKind::Grant, ProposalKind::Decision, ProposalKind::ApplicationDecide})
        if (proposalKindCode(k) == code)
            return k;
    return std::nullopt;
}

std::optional<ProposalStatus> proposalStatusFromCode(const QString& code)
{
    for (ProposalStatus s :
         {ProposalStatus::Pending, ProposalStatus::Approved, ProposalStatus::Rejected})
        if (proposalStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QJsonObject Proposal::requestJson() const
{
    QJsonObject o;
    switch (kind) {
    case ProposalKind::Grant:
        o = {{QStringLiteral("kind"), Names::code(grant.kind)},
             {QStringLiteral("decision"), grant.reference},
             {QStringLiteral("decision_date"), iso(grant.decisionDate)},
             {QStringLiteral("from"), iso(grant.validFrom)},
             {QStringLiteral("number"), number}};
        merge(o, endJson(grant.end));
        break;
    case ProposalKind::Decision:
        o = {{QStringLiteral("type"), Names::code(decision.type)},
             {QStringLiteral("decision"), decision.reference},
             {QStringLiteral("effective"), iso(decision.effective)},
             {QStringLiteral("reason"), decision.reason},
             {QStringLiteral("until"), iso(decision.validUntil)},
             {QStringLiteral("decision_date"), iso(decision.decisionDate)}};
        break;
    case ProposalKind::ApplicationDecide:
        o = {{QStringLiteral("grant"), application.grant},
             {QStringLiteral("decision"), application.reference},
             {QStringLiteral("decision_date"), iso(application.decisionDate)},
             {QStringLiteral("from"), iso(application.validFrom)},
             {QStringLiteral("reason"), application.reason}};
        merge(o, endJson(application.end));
        break;
    }
    return o;
}

void Proposal::readRequest(const QJsonObject& o)
{
    switch (kind) {
    case ProposalKind::Grant:
        grant.kind = Names::rightKind(text(o, "kind")).value_or(RightKind::Authorization);
        grant.reference = text(o, "decision");
        grant.decisionDate = day(o, "decision_date");
        grant.validFrom = day(o, "from");
        grant.end = endOf(o);
        number = text(o, "number");
        break;
    case ProposalKind::Decision:
        decision.type = Names::decisionType(text(o, "type")).value_or(DecisionType::Suspend);
        decision.reference = text(o, "decision");
        decision.effective = day(o, "effective");
        decision.reason = text(o, "reason");
        decision.validUntil = day(o, "until");
        decision.decisionDate = day(o, "decision_date");
        break;
    case ProposalKind::ApplicationDecide:
        application.grant = o.value(QStringLiteral("grant")).toBool();
        application.reference = text(o, "decision");
        application.decisionDate = day(o, "decision_date");
        application.validFrom = day(o, "from");
        application.reason = text(o, "reason");
        application.end = endOf(o);
        break;
    }
}

QString Proposal::summary() const
{
    switch (kind) {
    case ProposalKind::Grant:
        return QCoreApplication::translate("Proposal", "Grant of %1 to company #%2")
            .arg(Names::label(grant.kind))
            .arg(companyId);
    case ProposalKind::Decision:
        return QCoreApplication::translate("Proposal", "%1 of right #%2 (company #%3)")
            .arg(Names::label(decision.type))
            .arg(targetId)
            .arg(companyId);
    case ProposalKind::ApplicationDecide:
        return application.grant
                   ? QCoreApplication::translate("Proposal", "Grant of dossier #%1 (company #%2)")
                         .arg(targetId)
                         .arg(companyId)
                   : QCoreApplication::translate("Proposal", "Refusal of dossier #%1 (company #%2)")
                         .arg(targetId)
                         .arg(companyId);
    }
    return {};
}

} // namespace cinereg
