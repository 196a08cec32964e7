#include "CliApp.h"

#include "Localization.h"
#include "StorageError.h"
#include "store/Database.h"
#include "Version.h"

#include <QSet>

namespace cinereg::cli {

namespace {
const QSet<QString> OptionsWithValue{QStringLiteral("--db"), QStringLiteral("--lang"),
                                     QStringLiteral("--user")};
const QSet<QString> DocumentGroups{QStringLiteral("certificate"), QStringLiteral("export"),
                                   QStringLiteral("application")};
} // namespace

CliApp::CliApp() = default;

void CliApp::loadCommands()
{
    // Built after the translator is installed: descriptions and option help are translated.
    m_commands.clear();
    addCompanyCommands(m_commands);
    addRightCommands(m_commands);
    addProductionCommands(m_commands);
    addAdminCommands(m_commands);
    addStatsCommands(m_commands);
#ifdef CINEREG_HAVE_CERTIFICATE_COMMANDS
    addCertificateCommands(m_commands);
#endif
#ifdef CINEREG_HAVE_APPLICATION_COMMANDS
    addApplicationCommands(m_commands);
#endif
}

CliApp::Scan CliApp::scan(const QStringList& arguments)
{
    Scan s;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg.startsWith(QLatin1String("--"))) {
            const QString name = arg.section(QLatin1Char('='), 0, 0);
            if (name == QLatin1String("--lang"))
                s.language = arg.contains(QLatin1Char('=')) ? arg.section(QLatin1Char('='), 1)
                                                            : arguments.value(i + 1);
            if (name == QLatin1String("--help"))
                s.help = true;
            if (name == QLatin1String("--version"))
                s.version = true;
            if (OptionsWithValue.contains(name) && !arg.contains(QLatin1Char('=')))
                ++i;
        } else if (arg == QLatin1String("-h")) {
            s.help = true;
        } else if (s.words.size() < 2 && !arg.startsWith(QLatin1Char('-'))) {
            s.words.append(arg);
        }
    }
    return s;
}

bool CliApp::needsGui(const QStringList& arguments)
{
    const Scan s = scan(arguments);
    return !s.words.isEmpty() && DocumentGroups.contains(s.words.front());
}

bool CliApp::needsWidgets(const QStringList& arguments)
{
    const Scan s = scan(arguments);
    if (s.words.isEmpty() || s.words.front() != QLatin1String("stats"))
        return false;
    for (const QString& arg : arguments)
        if (arg == QLatin1String("--out") || arg.startsWith(QLatin1String("--out=")))
            return true;
    return false;
}

const CommandSpec* CliApp::find(const QStringList& words) const
{
    for (const CommandSpec& spec : m_commands)
        if (words.size() >= spec.words.size() && words.mid(0, spec.words.size()) == spec.words)
            return &spec;
    return nullptr;
}

QList<QCommandLineOption> CliApp::globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
                           tr("The register file (default: %1).").arg(Database::defaultPath()),
                           QStringLiteral("PATH"), Database::defaultPath()),
        QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document on stdout.")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: fr, ar or en."),
                           QStringLiteral("LANG")),
        QCommandLineOption(QStringLiteral("user"),
                           tr("The acting user, recorded with every change (default: the OS "
                              "login)."),
                           QStringLiteral("LOGIN")),
    };
}

QString CliApp::generalHelp() const
{
    QString text = tr("Usage: cinereg-cli [--db PATH] [--json] [--lang fr|ar|en] [--user LOGIN] "
                      "COMMAND ...") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec& spec : m_commands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(spec.words.join(QLatin1Char(' ')), spec.synopsis, spec.description);
    text += QLatin1Char('\n') +
            tr("Exit codes: 0 done, 1 refused (nothing written), 2 usage error, 3 storage "
               "problem (file left untouched).") +
            QLatin1Char('\n');
    return text;
}

int CliApp::run(const QStringList& arguments)
{
    const Scan s = scan(arguments);
    const QString language = Localization::resolve(s.language);
    Localization::install(language);
    loadCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (s.words.isEmpty()) {
        if (s.version) {
            out << QStringLiteral("cinereg-cli %1").arg(QStringLiteral(CINEREG_VERSION))
                << Qt::endl;
            return Done;
        }
        if (s.help) {
            out << generalHelp();
            return Done;
        }
        err << generalHelp();
        return UsageError;
    }
    const CommandSpec* spec = find(s.words);
    if (!spec) {
        err << tr("Unknown command: %1").arg(s.words.join(QLatin1Char(' '))) << Qt::endl
            << tr("Run cinereg-cli --help for the list of commands.") << Qt::endl;
        return UsageError;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(spec->description);
    parser.addOptions(globalOptions());
    parser.addOptions(spec->options);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(spec->words.join(QLatin1Char(' ')), spec->synopsis);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return Done;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QStringLiteral("cinereg-cli %1").arg(QStringLiteral(CINEREG_VERSION)) << Qt::endl;
        return Done;
    }
    QStringList positionals = parser.positionalArguments().mid(spec->words.size());
    if (positionals.size() < spec->positionals) {
        err << tr("Missing argument: %1 %2").arg(spec->words.join(QLatin1Char(' ')), spec->synopsis)
            << Qt::endl;
        return UsageError;
    }
    if (positionals.size() > spec->positionals) {
        err << tr("Unexpected argument: %1").arg(positionals.at(spec->positionals)) << Qt::endl;
        return UsageError;
    }

    CliContext context(parser.value(QStringLiteral("db")), parser.value(QStringLiteral("user")),
                       parser.isSet(QStringLiteral("json")), language);
    try {
        return spec->run(context, parser, positionals);
    } catch (const StorageError& e) {
        err << e.message() << Qt::endl;
        return StorageProblem;
    }
}

} // namespace cinereg::cli
