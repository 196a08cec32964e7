#include "CliApp.h"

#include "Localization.h"
#include "services/Register.h"
#include "StorageError.h"
#include "Version.h"

#include <QSet>
#include <QStringDecoder>

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
    addUserCommands(m_commands);
    addDecisionCommands(m_commands);
    addStatsCommands(m_commands);
    addIoCommands(m_commands);
#ifdef CINEREG_HAVE_CERTIFICATE_COMMANDS
    addCertificateCommands(m_commands);
    addKeyCommands(m_commands);
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

bool CliApp::isGroup(const QString& word) const
{
    for (const CommandSpec& spec : m_commands)
        if (spec.words.size() > 1 && spec.words.front() == word)
            return true;
    return false;
}

QList<QCommandLineOption> CliApp::globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("db"),
                           tr("The register file (default: %1).").arg(Register::defaultLocation()),
                           QStringLiteral("PATH"), Register::defaultLocation()),
        QCommandLineOption(QStringLiteral("json"), tr("Print one JSON document on stdout.")),
        QCommandLineOption(QStringLiteral("lang"), tr("Language of messages: fr, ar or en."),
                           QStringLiteral("LANG")),
        QCommandLineOption(QStringLiteral("user"),
                           tr("The acting user, recorded with every change (default: the OS "
                              "login). Once the register has accounts: your account, its "
                              "password from CINEREG_PASSWORD or asked."),
                           QStringLiteral("LOGIN")),
    };
}

QStringList CliApp::decodeArguments(int argc, char** argv, QList<int>& invalidUtf8)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        arguments.append(decoder(QByteArrayView(argv[i])));
        if (decoder.hasError())
            invalidUtf8.append(i);
    }
    return arguments;
}

QStringList CliApp::withPositionalsLast(const QStringList& arguments,
                                        const QList<QCommandLineOption>& options)
{
    // QCommandLineParser reads "-1" as the short option "1" ("Unknown option '1'"), so a negative
    // id would never reach the command that can say which field is wrong. Options keep their
    // order, positionals theirs, and "--" marks where the positionals start.
    QSet<QString> takesValue;
    for (const QCommandLineOption& option : options)
        if (!option.valueName().isEmpty())
            for (const QString& name : option.names())
                takesValue.insert(QStringLiteral("--") + name);
    QStringList front{arguments.value(0)};
    QStringList positionals;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        if (arg == QLatin1String("--")) {
            positionals += arguments.mid(i + 1);
            break;
        }
        const bool isNumber = arg.size() > 1 && arg.at(0) == QLatin1Char('-') &&
                              (arg.at(1).isDigit() || arg.at(1) == QLatin1Char('.'));
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1 && !isNumber) {
            front.append(arg);
            if (takesValue.contains(arg) && i + 1 < arguments.size())
                front.append(arguments[++i]);
        } else {
            positionals.append(arg);
        }
    }
    return front + QStringList{QStringLiteral("--")} + positionals;
}

QString CliApp::optionOf(const QStringList& arguments, int index)
{
    const QString& arg = arguments.value(index);
    if (arg.startsWith(QLatin1String("--")))
        return arg.section(QLatin1Char('='), 0, 0).mid(2);
    const QString& previous = arguments.value(index - 1);
    if (index > 1 && previous.startsWith(QLatin1String("--")) &&
        !previous.contains(QLatin1Char('=')))
        return previous.mid(2);
    return QString();
}

QString CliApp::generalHelp(const QString& group) const
{
    QString text = tr("Usage: cinereg-cli [--db PATH] [--json] [--lang fr|ar|en] [--user LOGIN] "
                      "COMMAND ...") +
                   QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CommandSpec& spec : m_commands)
        if (group.isEmpty() || spec.words.front() == group)
            text += QStringLiteral("  %1 %2\n      %3\n")
                        .arg(spec.words.join(QLatin1Char(' ')), spec.synopsis, spec.description);
    text += QLatin1Char('\n') +
            tr("Exit codes: 0 done, 1 refused (nothing written), 2 usage error, 3 storage "
               "problem (file left untouched).") +
            QLatin1Char('\n');
    return text;
}

int CliApp::run(const QStringList& arguments, const QList<int>& invalidUtf8)
{
    const Scan s = scan(arguments);
    const QString language = Localization::resolve(s.language);
    Localization::install(language);
    loadCommands();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!s.language.isEmpty() && !Localization::languages().contains(s.language)) {
        err << tr("--lang: \"%1\" is not one of %2.")
                   .arg(s.language, Localization::languages().join(QStringLiteral(", ")))
            << Qt::endl;
        return UsageError;
    }

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
    if (!spec && isGroup(s.words.front())) {
        // "company --help" lists the group's commands; "company" alone or with an unknown
        // second word says what is missing, then lists them.
        if (s.help && s.words.size() == 1) {
            out << generalHelp(s.words.front());
            return Done;
        }
        if (s.words.size() == 1)
            err << tr("Missing command after \"%1\".").arg(s.words.front()) << Qt::endl;
        else
            err << tr("Unknown command: %1").arg(s.words.join(QLatin1Char(' '))) << Qt::endl;
        err << generalHelp(s.words.front());
        return UsageError;
    }
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
    if (!parser.parse(withPositionalsLast(arguments, globalOptions() + spec->options))) {
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
    if (!invalidUtf8.isEmpty()) {
        const int index = invalidUtf8.front();
        const QString option = optionOf(arguments, index);
        if (option.isEmpty())
            return context.refuse(Refusal{
                Rule::InvalidField, QString(),
                tr("Argument %1 is not valid UTF-8 text; nothing was written.").arg(index)});
        return context.refuse(
            option,
            tr("--%1: the value is not valid UTF-8 text; nothing was written.").arg(option));
    }
    try {
        return spec->run(context, parser, positionals);
    } catch (const StorageError& e) {
        err << e.message() << Qt::endl;
        return StorageProblem;
    } catch (const SignInRefused& refused) {
        return context.refuse(refused.refusal);
    }
}

} // namespace cinereg::cli
