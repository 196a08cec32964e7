// stats: the register's figures (StatisticsService), as tables, JSON or the printed report
#include "CliCommand.h"
#include "statistics/StatisticsService.h"
#include "StatisticsReport.h"
#include "TextTable.h"

#include <QFileInfo>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QCommandLineOption option(const char* name, const QString& help, const char* value)
{
    return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
}

// A year option; nullopt when absent, or when malformed (then `code` is set).
std::optional<int> yearOption(CliContext& ctx, const QCommandLineParser& p, const QString& name,
                              int& code)
{
    if (!p.isSet(name))
        return std::nullopt;
    bool ok = false;
    const QString text = p.value(name).trimmed();
    const int year = text.toInt(&ok);
    if (!ok || text.size() != 4) {
        code = ctx.refuse(name, Cli::tr("--%1: \"%2\" is not a year (YYYY).").arg(name, text));
        return std::nullopt;
    }
    return year;
}

QString figuresText(const RegisterFigures& f)
{
    QString text =
        Cli::tr("Rights in force on %1").arg(f.on.toString(Qt::ISODate)) + QLatin1Char('\n');
    TextTable inForce({Cli::tr("Right"), Cli::tr("In force")});
    inForce.addRow({Cli::tr("Authorizations"), QString::number(f.inForce.authorization)});
    inForce.addRow({Cli::tr("National accreditations"), QString::number(f.inForce.national)});
    inForce.addRow(
        {Cli::tr("International accreditations"), QString::number(f.inForce.international)});
    text += inForce.render() + QLatin1Char('\n');

    TextTable cities({Cli::tr("City"), Cli::tr("Authorizations"), Cli::tr("National"),
                      Cli::tr("International")});
    for (const CityFigures& c : f.byCity)
        cities.addRow({c.city, QString::number(c.inForce.authorization),
                       QString::number(c.inForce.national),
                       QString::number(c.inForce.international)});
    text +=
        Cli::tr("By city") + QLatin1Char('\n') +
        (cities.isEmpty() ? Cli::tr("No right in force.") + QLatin1Char('\n') : cities.render()) +
        QLatin1Char('\n');

    TextTable years({Cli::tr("Year"), Cli::tr("Grants"), Cli::tr("Suspensions"),
                     Cli::tr("Revocations"), Cli::tr("New entrants"),
                     Cli::tr("National productions"), Cli::tr("Foreign productions")});
    for (const YearFigures& y : f.perYear)
        years.addRow({QString::number(y.year), QString::number(y.grants),
                      QString::number(y.suspensions), QString::number(y.revocations),
                      QString::number(y.newEntrants), QString::number(y.productionsNational),
                      QString::number(y.productionsForeign)});
    text += Cli::tr("Per year, up to %1").arg(f.on.toString(Qt::ISODate)) + QLatin1Char('\n') +
            years.render() + QLatin1Char('\n');

    TextTable bodies({Cli::tr("Professional body"), Cli::tr("Members")});
    for (const BodyFigures& b : f.bodies)
        bodies.addRow({b.body, QString::number(b.members)});
    text += bodies.render();
    return text;
}

int stats(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    StatisticsQuery query;
    if (const auto on = ctx.date(p, QStringLiteral("on"), false, code))
        query.on = *on;
    if (code != Done)
        return code;
    query.fromYear = yearOption(ctx, p, QStringLiteral("from"), code);
    if (code != Done)
        return code;
    query.toYear = yearOption(ctx, p, QStringLiteral("to"), code);
    if (code != Done)
        return code;
    const Outcome<RegisterFigures> figures = StatisticsService(ctx.reg()).figures(query);
    if (!figures)
        return ctx.refuse(figures.refusal());
    const RegisterFigures& f = figures.value();

    QString written;
    if (p.isSet(QStringLiteral("out"))) {
        const QString out = p.value(QStringLiteral("out"));
        // English has no report translation of its own to print: the report is French or Arabic.
        const QString language =
            ctx.language() == QLatin1String("ar") ? QStringLiteral("ar") : QStringLiteral("fr");
        if (!ui::StatisticsReport::writePdf(out, f, language))
            return ctx.refuse(QStringLiteral("out"),
                              Cli::tr("The report could not be written to %1.").arg(out));
        written = QFileInfo(out).absoluteFilePath();
    }
    if (ctx.json()) {
        QJsonObject json = f.toJson();
        if (!written.isEmpty())
            json.insert(QStringLiteral("file"), written);
        return ctx.printJson(json);
    }
    if (!written.isEmpty())
        return ctx.printText(Cli::tr("Statistics report written to %1.").arg(written));
    return ctx.printText(figuresText(f));
}

} // namespace

void addStatsCommands(CommandList& commands)
{
    commands.append(
        {{QStringLiteral("stats")},
         QStringLiteral("[--on DATE] [--from YEAR] [--to YEAR] [--out FILE.pdf]"),
         Cli::tr("Figures of the register: rights in force by tier and city, decisions, new "
                 "entrants and productions per year, members per professional body."),
         {option("on", Cli::tr("Day the rights in force are counted (default today)."), "DATE"),
          option("from",
                 Cli::tr("First year of the yearly figures (default: the first year "
                         "with a decision or a shooting)."),
                 "YEAR"),
          option("to", Cli::tr("Last year of the yearly figures (default: the year of --on)."),
                 "YEAR"),
          option("out",
                 Cli::tr("Print the figures as a report with charts (PDF, French or "
                         "Arabic by --lang)."),
                 "FILE.pdf")},
         0,
         stats});
}

} // namespace cinereg::cli
