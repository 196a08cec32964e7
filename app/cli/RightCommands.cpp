// authorization|accreditation grant | renew | suspend | reinstate | revoke | show
#include "accounts/DecisionService.h"
#include "CliCommand.h"
#include "CommandHelpers.h"
#include "JsonExport.h"
#include "Names.h"
#include "RightTimeline.h"
#include "services/RightService.h"
#include "Standing.h"

#include <QJsonObject>

namespace cinereg::cli {

namespace {

QCommandLineOption option(const char* name, const QString& help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

int grantCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args,
                 bool accreditation)
{
    int code = Done;
    const auto companyId = ctx.id(args.at(0), QStringLiteral("company"), code);
    if (!companyId)
        return code;
    GrantRules::GrantRequest request;
    request.kind = RightKind::Authorization;
    if (accreditation) {
        const auto tierText = ctx.required(p, QStringLiteral("tier"), code);
        if (!tierText)
            return code;
        const auto tier = Names::tier(*tierText);
        if (!tier)
            return ctx.refuse(QStringLiteral("tier"),
                              Cli::tr("--tier must be national or international."));
        request.kind = *tier;
    }
    const auto reference = ctx.required(p, QStringLiteral("decision"), code);
    if (!reference)
        return code;
    request.reference = *reference;
    const auto from = ctx.date(p, QStringLiteral("from"), true, code);
    if (!from)
        return code;
    request.validFrom = *from;
    const auto end = ctx.validityEnd(p, code);
    if (!end)
        return code;
    request.end = *end;
    const auto decisionDate = ctx.date(p, QStringLiteral("decision-date"), false, code);
    if (code != Done)
        return code;
    request.decisionDate = decisionDate.value_or(QDate());

    const Outcome<Submission> submitted =
        ctx.reg().decisions().grant(*companyId, request, p.value(QStringLiteral("number")));
    if (!submitted)
        return ctx.refuse(submitted.refusal());
    if (submitted.value().proposed())
        return printProposed(ctx, submitted.value().proposal);
    const Outcome<Granted> granted = submitted.value().granted;
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), granted.value().id},
                                         {QStringLiteral("number"), granted.value().number}});
    return ctx.printText(Cli::tr("%1 %2 granted (id %3).")
                             .arg(Names::label(request.kind), granted.value().number)
                             .arg(granted.value().id));
}

int decisionCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args,
                    bool accreditation, DecisionType type)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const std::optional<Right> right = ctx.reg().rights().find(*id);
    if (!right || right->isAccreditation() != accreditation)
        return ctx.refuse(Refusal{Rule::NotFound, QStringLiteral("id"),
                                  accreditation ? Cli::tr("No accreditation #%1.").arg(*id)
                                                : Cli::tr("No authorization #%1.").arg(*id)});
    GrantRules::DecisionRequest request;
    request.type = type;
    if (type == DecisionType::Renew) {
        const auto reference = ctx.required(p, QStringLiteral("decision"), code);
        if (!reference)
            return code;
        request.reference = *reference;
        const auto until = ctx.date(p, QStringLiteral("until"), true, code);
        if (!until)
            return code;
        request.validUntil = *until;
        request.effective = ctx.reg().today();
    } else {
        request.reference = p.value(QStringLiteral("decision"));
        if (type == DecisionType::Suspend || type == DecisionType::Revoke) {
            const auto reason = ctx.required(p, QStringLiteral("reason"), code);
            if (!reason)
                return code;
            request.reason = *reason;
        }
        const auto from = ctx.date(p, QStringLiteral("from"), false, code);
        if (code != Done)
            return code;
        request.effective = from.value_or(ctx.reg().today());
    }

    const QVector<Right> stopping = ctx.reg().rights().wouldStop(*id, request);
    const Outcome<Submission> submitted = ctx.reg().decisions().decide(*id, request);
    if (!submitted)
        return ctx.refuse(submitted.refusal());
    if (submitted.value().proposed())
        return printProposed(ctx, submitted.value().proposal);
    const Outcome<qint64> decided = submitted.value().decisionId;
    const Right after = *ctx.reg().rights().find(*id);
    const RightStatus status = RightTimeline(after).statusOn(ctx.reg().today());
    const Standing standing = StandingRules::of(
        after, ctx.reg().rights().ofCompany(after.companyId).authorizations, ctx.reg().today());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), *id},
                                         {QStringLiteral("number"), after.number},
                                         {QStringLiteral("decision_id"), decided.value()},
                                         {QStringLiteral("status"), Names::code(status)}});
    QString text = Cli::tr("%1 of %2 recorded; standing today: %3.")
                       .arg(Names::label(type), after.number, standing.text());
    if (!stopping.isEmpty()) {
        QStringList numbers;
        for (const Right& a : stopping)
            numbers.append(a.number);
        text += QLatin1Char('\n') + Cli::tr("No longer in force from %1: %2.")
                                        .arg(request.effective.toString(Qt::ISODate),
                                             numbers.join(QStringLiteral(", ")));
    }
    return ctx.printText(text);
}

int showCommand(CliContext& ctx, const QStringList& args, bool accreditation)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const std::optional<Right> right = ctx.reg().rights().find(*id);
    if (!right || right->isAccreditation() != accreditation)
        return ctx.refuse(Refusal{Rule::NotFound, QStringLiteral("id"),
                                  accreditation ? Cli::tr("No accreditation #%1.").arg(*id)
                                                : Cli::tr("No authorization #%1.").arg(*id)});
    const CompanyRights held = ctx.reg().rights().ofCompany(right->companyId);
    if (ctx.json())
        return ctx.printJson(JsonExport::right(*right, ctx.reg().today(), held.authorizations));
    ctx.out() << describeRight(*right, ctx.reg().today(), held.authorizations);
    return Done;
}

void addFor(CommandList& commands, bool accreditation)
{
    const QString group =
        accreditation ? QStringLiteral("accreditation") : QStringLiteral("authorization");
    using namespace std::placeholders;
    const QCommandLineOption decision =
        option("decision", Cli::tr("Reference of the decision."), "REF");
    const QCommandLineOption from =
        option("from", Cli::tr("The day it takes effect (default today)."), "DATE");
    const QCommandLineOption reason = option("reason", Cli::tr("Why (required)."), "TEXT");

    QList<QCommandLineOption> grantOptions{
        decision,
        option("from", Cli::tr("Start of validity."), "DATE"),
        option("until", Cli::tr("End of validity (default: the settings' term, else none)."),
               "DATE"),
        option("no-end", Cli::tr("Valid without limit of duration, whatever the default term.")),
        option("decision-date", Cli::tr("Date the decision was signed (default today)."), "DATE"),
        option("number", Cli::tr("Official number (default: next in the settings' format)."),
               "NUMBER")};
    if (accreditation)
        grantOptions.prepend(option("tier", Cli::tr("national or international."), "TIER"));
    commands.append(
        {{group, QStringLiteral("grant")},
         accreditation ? QStringLiteral("COMPANY_ID --tier national|international --decision REF "
                                        "--from DATE [--until DATE | --no-end]")
                       : QStringLiteral("COMPANY_ID --decision REF --from DATE "
                                        "[--until DATE | --no-end]"),
         accreditation ? Cli::tr("Grant an accreditation (requires an active authorization).")
                       : Cli::tr("Grant the authorization to carry out production activity."),
         grantOptions,
         1,
         [accreditation](CliContext& c, const QCommandLineParser& p, const QStringList& a) {
             return grantCommand(c, p, a, accreditation);
         }});

    struct Life
    {
        const char* verb;
        DecisionType type;
        QString synopsis;
        QString description;
        QList<QCommandLineOption> options;
    };
    const QVector<Life> lives{
        {"renew",
         DecisionType::Renew,
         QStringLiteral("ID --decision REF --until DATE"),
         Cli::tr("Move the end of validity."),
         {decision, option("until", Cli::tr("New end of validity."), "DATE")}},
        {"suspend",
         DecisionType::Suspend,
         QStringLiteral("ID --reason TEXT [--decision REF] [--from DATE]"),
         Cli::tr("Suspend the right (a reason is required)."),
         {reason, decision, from}},
        {"reinstate",
         DecisionType::Reinstate,
         QStringLiteral("ID [--decision REF] [--from DATE]"),
         Cli::tr("End a suspension."),
         {decision, from}},
        {"revoke",
         DecisionType::Revoke,
         QStringLiteral("ID --reason TEXT [--decision REF] [--from DATE]"),
         Cli::tr("Withdraw the right for good (a reason is required)."),
         {reason, decision, from}},
    };
    for (const Life& life : lives) {
        const DecisionType type = life.type;
        commands.append({{group, QString::fromLatin1(life.verb)},
                         life.synopsis,
                         life.description,
                         life.options,
                         1,
                         [accreditation, type](CliContext& c, const QCommandLineParser& p,
                                               const QStringList& a) {
                             return decisionCommand(c, p, a, accreditation, type);
                         }});
    }
    commands.append(
        {{group, QStringLiteral("show")},
         QStringLiteral("ID"),
         Cli::tr("The right with its status today and its history."),
         {},
         1,
         [accreditation](CliContext& c, const QCommandLineParser&, const QStringList& a) {
             return showCommand(c, a, accreditation);
         }});
}

} // namespace

void addRightCommands(CommandList& commands)
{
    addFor(commands, false);
    addFor(commands, true);
}

} // namespace cinereg::cli
