// import companies|rights, export companies|rights
#include "CliCommand.h"
#include "io/ExportService.h"
#include "io/ImportService.h"
#include "Names.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

int importCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args,
                  bool rights)
{
    const Outcome<SheetTable> table = ImportService::readFile(args.at(0));
    if (!table)
        return ctx.refuse(table.refusal());
    ImportOptions options;
    options.dryRun = p.isSet(QStringLiteral("dry-run"));
    options.skipInvalid = p.isSet(QStringLiteral("skip-invalid"));
    const ImportService service(ctx.reg());
    const ImportReport report = rights ? service.importRights(table.value(), options)
                                       : service.importCompanies(table.value(), options);
    if (report.refused)
        return ctx.refuse(*report.refused);
    const bool refused = !report.rejected.isEmpty() && !options.skipInvalid;
    if (ctx.json()) {
        QJsonArray rejected;
        for (const ImportProblem& problem : report.rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), problem.line},
                                        {QStringLiteral("field"), problem.field},
                                        {QStringLiteral("message"), problem.message}});
        // Rows accepted but not written (a rejected row without --skip-invalid) are not
        // "imported".
        const int imported = report.written || options.dryRun ? report.imported : 0;
        ctx.printJson(QJsonObject{{QStringLiteral("imported"), imported},
                                  {QStringLiteral("rejected"), rejected},
                                  {QStringLiteral("dry_run"), options.dryRun}});
    } else {
        for (const ImportProblem& problem : report.rejected)
            ctx.err()
                << Cli::tr("line %1, %2: %3").arg(problem.line).arg(problem.field, problem.message)
                << Qt::endl;
        if (report.written)
            ctx.printText(Cli::tr("%n row(s) imported.", nullptr, report.imported));
        else if (options.dryRun && !refused)
            ctx.printText(Cli::tr("Dry run: %n row(s) would be imported; nothing was written.",
                                  nullptr, report.imported));
        else
            ctx.printText(Cli::tr("%n row(s) rejected: nothing was imported (fix them, or use "
                                  "--skip-invalid to import the others).",
                                  nullptr, int(report.rejected.size())));
    }
    return refused ? Refused : Done;
}

int exportCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args,
                  bool rights)
{
    int code = Done;
    const auto on = ctx.date(p, QStringLiteral("on"), false, code);
    if (code != Done)
        return code;
    const ExportService service(ctx.reg());
    const bool rightToLeft = ctx.language() == QLatin1String("ar");
    Outcome<int> written = 0;
    if (rights) {
        written = service.exportRights(args.at(0), on.value_or(QDate()), rightToLeft);
    } else {
        CompanyExportQuery query;
        query.on = on.value_or(QDate());
        if (p.isSet(QStringLiteral("tier"))) {
            const QString text = p.value(QStringLiteral("tier"));
            query.tier = text == QLatin1String("authorization")
                             ? std::optional(RightKind::Authorization)
                             : Names::tier(text);
            if (!query.tier)
                return ctx.refuse(QStringLiteral("tier"),
                                  Cli::tr("--tier must be national or international."));
        }
        if (p.isSet(QStringLiteral("body"))) {
            query.body = p.value(QStringLiteral("body")).trimmed();
            if (!ctx.reg().settings().professionalBodies.contains(query.body))
                return ctx.refuse(Refusal{
                    Rule::UnknownBody, QStringLiteral("body"),
                    Cli::tr("%1 is not one of the professional bodies in the settings (%2).")
                        .arg(query.body,
                             ctx.reg().settings().professionalBodies.join(QStringLiteral(", ")))});
        }
        written = service.exportCompanies(args.at(0), query, rightToLeft);
    }
    if (!written)
        return ctx.refuse(written.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("exported"), written.value()},
                                         {QStringLiteral("file"), args.at(0)}});
    return ctx.printText(
        Cli::tr("%n row(s) written to %1.", nullptr, written.value()).arg(args.at(0)));
}

QList<QCommandLineOption> importOptions()
{
    return {QCommandLineOption(QStringLiteral("dry-run"),
                               Cli::tr("Check every row and write nothing.")),
            QCommandLineOption(QStringLiteral("skip-invalid"),
                               Cli::tr("Import the valid rows even when others are rejected."))};
}

} // namespace

void addIoCommands(CommandList& commands)
{
    commands.append(
        {{QStringLiteral("import"), QStringLiteral("companies")},
         QStringLiteral("FILE.csv|FILE.xlsx [--dry-run] [--skip-invalid]"),
         Cli::tr("Register the companies of a sheet, each row checked like a clerk's entry; one "
                 "rejected row means nothing is imported unless --skip-invalid."),
         importOptions(),
         1,
         [](CliContext& c, const QCommandLineParser& p, const QStringList& a) {
             return importCommand(c, p, a, false);
         }});
    commands.append(
        {{QStringLiteral("import"), QStringLiteral("rights")},
         QStringLiteral("FILE.csv|FILE.xlsx [--dry-run] [--skip-invalid]"),
         Cli::tr("Grant the authorizations and accreditations of a sheet with their numbers, "
                 "decisions, dates and any suspension or revocation."),
         importOptions(),
         1,
         [](CliContext& c, const QCommandLineParser& p, const QStringList& a) {
             return importCommand(c, p, a, true);
         }});
    commands.append(
        {{QStringLiteral("export"), QStringLiteral("companies")},
         QStringLiteral("FILE.csv|FILE.xlsx [--tier TIER] [--on DATE] [--body BODY]"),
         Cli::tr("Write the companies with their standing on --on (default today); --body gives "
                 "the list of a professional body's members."),
         {QCommandLineOption(QStringLiteral("tier"),
                             Cli::tr("Only the companies whose accreditation of this tier "
                                     "(national, international) or authorization is active."),
                             QStringLiteral("TIER")),
          QCommandLineOption(QStringLiteral("on"), Cli::tr("The day of the standing."),
                             QStringLiteral("DATE")),
          QCommandLineOption(QStringLiteral("body"),
                             Cli::tr("Only the members of this professional body."),
                             QStringLiteral("BODY"))},
         1,
         [](CliContext& c, const QCommandLineParser& p, const QStringList& a) {
             return exportCommand(c, p, a, false);
         }});
    commands.append(
        {{QStringLiteral("export"), QStringLiteral("rights")},
         QStringLiteral("FILE.csv|FILE.xlsx [--on DATE]"),
         Cli::tr("Write every authorization and accreditation with its status on --on, in the "
                 "columns import rights reads."),
         {QCommandLineOption(QStringLiteral("on"), Cli::tr("The day of the status."),
                             QStringLiteral("DATE"))},
         1,
         [](CliContext& c, const QCommandLineParser& p, const QStringList& a) {
             return exportCommand(c, p, a, true);
         }});
}

} // namespace cinereg::cli
