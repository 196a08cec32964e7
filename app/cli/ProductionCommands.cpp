// production add | list, eligible
#include "CliCommand.h"
#include "JsonExport.h"
#include "Names.h"
#include "services/ProductionService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QCommandLineOption option(const char* name, const QString& help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
}

std::optional<ProductionKind> kindOption(CliContext& ctx, const QCommandLineParser& p,
                                         bool required, int& code)
{
    if (!p.isSet(QStringLiteral("kind"))) {
        if (required)
            code = ctx.usage(Cli::tr("Missing option --kind."));
        return std::nullopt;
    }
    const auto kind = Names::productionKind(p.value(QStringLiteral("kind")));
    if (!kind)
        code = ctx.refuse(QStringLiteral("kind"), Cli::tr("--kind must be national or foreign."));
    return kind;
}

int productionAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    Production pr;
    const auto title = ctx.required(p, QStringLiteral("title"), code);
    if (!title)
        return code;
    pr.title = *title;
    const auto kind = kindOption(ctx, p, true, code);
    if (!kind)
        return code;
    pr.kind = *kind;
    const auto executorText = ctx.required(p, QStringLiteral("executor"), code);
    if (!executorText)
        return code;
    const auto executor = ctx.id(*executorText, QStringLiteral("executor"), code);
    if (!executor)
        return code;
    pr.executorId = *executor;
    const auto from = ctx.date(p, QStringLiteral("from"), true, code);
    if (!from)
        return code;
    const auto to = ctx.date(p, QStringLiteral("to"), true, code);
    if (!to)
        return code;
    pr.shootFrom = *from;
    pr.shootTo = *to;
    pr.foreignProducer = p.value(QStringLiteral("foreign-producer"));
    pr.country = p.value(QStringLiteral("country"));
    pr.mandate = p.value(QStringLiteral("mandate"));
    pr.shootingPermit = p.value(QStringLiteral("shooting-permit"));

    const Outcome<qint64> added = ctx.reg().productions().add(pr);
    if (!added)
        return ctx.refuse(added.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), added.value()}});
    return ctx.printText(Cli::tr("Production #%1 recorded.").arg(added.value()));
}

int productionList(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    ProductionFilter filter;
    if (p.isSet(QStringLiteral("executor"))) {
        const auto executor =
            ctx.id(p.value(QStringLiteral("executor")), QStringLiteral("executor"), code);
        if (!executor)
            return code;
        filter.executorId = *executor;
    }
    filter.kind = kindOption(ctx, p, false, code);
    if (code != Done)
        return code;
    const QVector<Production> list = ctx.reg().productions().list(filter);
    if (ctx.json()) {
        QJsonArray array;
        for (const Production& pr : list)
            array.append(JsonExport::production(pr));
        return ctx.printJson(array);
    }
    TextTable table({Cli::tr("Id"), Cli::tr("Title"), Cli::tr("Kind"), Cli::tr("Executor"),
                     Cli::tr("From"), Cli::tr("To")});
    for (const Production& pr : list)
        table.addRow({QString::number(pr.id), pr.title, Names::label(pr.kind),
                      QString::number(pr.executorId), pr.shootFrom.toString(Qt::ISODate),
                      pr.shootTo.toString(Qt::ISODate)});
    ctx.out() << table.render();
    return Done;
}

int eligible(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    const auto kind = kindOption(ctx, p, true, code);
    if (!kind)
        return code;
    const auto from = ctx.date(p, QStringLiteral("from"), true, code);
    if (!from)
        return code;
    const auto to = ctx.date(p, QStringLiteral("to"), true, code);
    if (!to)
        return code;
    if (*to < *from)
        return ctx.refuse(QStringLiteral("to"),
                          Cli::tr("--to (%1) is before --from (%2).")
                              .arg(to->toString(Qt::ISODate), from->toString(Qt::ISODate)));
    const bool all = p.isSet(QStringLiteral("all"));
    const QVector<Eligibility> entries =
        ctx.reg().productions().eligibility(*kind, *from, *to, all);
    if (ctx.json()) {
        QJsonArray array;
        for (const Eligibility& e : entries) {
            QJsonObject json = JsonExport::summary(e.company);
            json.insert(QStringLiteral("eligible"), e.eligible);
            json.insert(QStringLiteral("accreditations"),
                        QJsonArray::fromStringList(e.accreditations));
            if (!e.eligible)
                json.insert(QStringLiteral("reason"), e.reason);
            array.append(json);
        }
        return ctx.printJson(array);
    }
    TextTable table({Cli::tr("Id"), Cli::tr("Name"), Cli::tr("ICE"), Cli::tr("Accreditation"),
                     Cli::tr("Eligible")});
    for (const Eligibility& e : entries)
        table.addRow({QString::number(e.company.id), e.company.name, e.company.ice,
                      e.accreditations.join(QStringLiteral(", ")),
                      e.eligible ? Cli::tr("yes") : Cli::tr("no: %1").arg(e.reason)});
    ctx.out() << table.render();
    return Done;
}

} // namespace

void addProductionCommands(CommandList& commands)
{
    commands.append(
        {{QStringLiteral("production"), QStringLiteral("add")},
         QStringLiteral("--title TITLE --kind national|foreign --executor COMPANY_ID --from DATE "
                        "--to DATE [--foreign-producer NAME] [--country CODE] "
                        "[--shooting-permit REF] [--mandate REF]"),
         Cli::tr("Record a production; its executing company must hold an effective "
                 "accreditation of the matching tier on every shooting day."),
         {option("title", Cli::tr("Title of the production."), "TITLE"),
          option("kind", Cli::tr("national or foreign."), "KIND"),
          option("executor", Cli::tr("Id of the executing company."), "COMPANY_ID"),
          option("from", Cli::tr("First shooting day."), "DATE"),
          option("to", Cli::tr("Last shooting day."), "DATE"),
          option("foreign-producer", Cli::tr("Foreign producer (foreign productions)."), "NAME"),
          option("country", Cli::tr("Foreign producer's country, ISO code (e.g. FR)."), "CODE"),
          option("mandate", Cli::tr("Reference of the mandate naming the executing company."),
                 "REF"),
          option("shooting-permit", Cli::tr("Shooting permit reference."), "REF")},
         0,
         productionAdd});
    commands.append({{QStringLiteral("production"), QStringLiteral("list")},
                     QStringLiteral("[--executor COMPANY_ID] [--kind national|foreign]"),
                     Cli::tr("List productions, most recent first."),
                     {option("executor", Cli::tr("Id of the executing company."), "COMPANY_ID"),
                      option("kind", Cli::tr("national or foreign."), "KIND")},
                     0,
                     productionList});
    commands.append(
        {{QStringLiteral("eligible")},
         QStringLiteral("--kind national|foreign --from DATE --to DATE [--all]"),
         Cli::tr("The companies that may execute such a production over the whole period."),
         {option("kind", Cli::tr("national or foreign."), "KIND"),
          option("from", Cli::tr("First shooting day."), "DATE"),
          option("to", Cli::tr("Last shooting day."), "DATE"),
          QCommandLineOption(QStringLiteral("all"),
                             Cli::tr("Also list the accredited companies that may not, and why."))},
         0,
         eligible});
}

} // namespace cinereg::cli
