#include "CliCommand.h"
#include "Identifiers.h"

#include <cstdio>
#include <iostream>
#include <string>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cinereg::cli {

CliContext::CliContext(QString dbPath, QString user, bool json, QString language)
    : m_dbPath(std::move(dbPath)), m_user(std::move(user)), m_json(json),
      m_language(std::move(language)), m_out(stdout), m_err(stderr),
      m_clock(std::make_unique<SystemClock>())
{
}

CliContext::~CliContext() = default;

Register& CliContext::reg()
{
    if (!m_register) {
        auto reg = std::make_unique<Register>(m_dbPath, *m_clock, m_user);
        if (reg->hasAccounts()) {
            if (m_user.trimmed().isEmpty())
                throw SignInRefused{
                    Refusal{Rule::SignInRequired, QStringLiteral("user"),
                            tr("This register has accounts: name yours with --user LOGIN (the "
                               "password from CINEREG_PASSWORD or asked).")}};
            int code = Done;
            const std::optional<QString> password =
                secret("CINEREG_PASSWORD", tr("Password of %1: ").arg(m_user), false, code);
            if (!password)
                throw SignInRefused{Refusal{Rule::SignInRefused, QStringLiteral("user"),
                                            tr("No password for %1: set CINEREG_PASSWORD or run "
                                               "on a terminal.")
                                                .arg(m_user)}};
            const Outcome<Account> signedIn = reg->signIn(m_user, *password);
            if (!signedIn)
                throw SignInRefused{signedIn.refusal()};
        }
        m_register = std::move(reg);
    }
    return *m_register;
}

namespace {
// One line from the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QString> askHidden(QTextStream& err, const QString& prompt)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err << prompt;
    err.flush();
    termios saved{};
    const bool hide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (hide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    std::string line;
    const bool read = bool(std::getline(std::cin, line));
    if (hide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err << Qt::endl;
    if (!read)
        return std::nullopt;
    return QString::fromStdString(line);
#else
    Q_UNUSED(err);
    Q_UNUSED(prompt);
    return std::nullopt;
#endif
}
} // namespace

std::optional<QString> CliContext::secret(const char* variable, const QString& prompt, bool confirm,
                                          int& exitCode)
{
    const QByteArray fromEnvironment = qgetenv(variable);
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    const std::optional<QString> first = askHidden(m_err, prompt);
    if (!first) {
        exitCode = refuse(Refusal{
            Rule::RequiredField, QStringLiteral("password"),
            tr("No password: set %1 or run on a terminal.").arg(QString::fromLatin1(variable))});
        return std::nullopt;
    }
    if (confirm) {
        const std::optional<QString> again = askHidden(m_err, tr("Again: "));
        if (!again || *again != *first) {
            exitCode = refuse(Refusal{Rule::InvalidField, QStringLiteral("password"),
                                      tr("The two passwords differ; nothing was changed.")});
            return std::nullopt;
        }
    }
    return first;
}

int CliContext::printJson(const QJsonValue& value)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
    return Done;
}

int CliContext::printText(const QString& text)
{
    m_out << text << Qt::endl;
    return Done;
}

int CliContext::refuse(const Refusal& refusal)
{
    m_err << tr("Refused: %1").arg(refusal.message);
    if (!refusal.field.isEmpty())
        m_err << QStringLiteral(" [%1: --%2, %3: %4]")
                     .arg(tr("field"), refusal.field, tr("rule"), ruleCode(refusal.rule));
    else
        m_err << QStringLiteral(" [%1: %2]").arg(tr("rule"), ruleCode(refusal.rule));
    m_err << Qt::endl;
    return Refused;
}

int CliContext::refuse(const QString& field, const QString& message)
{
    return refuse(Refusal{Rule::InvalidField, field, message});
}

int CliContext::usage(const QString& message)
{
    m_err << message << Qt::endl
          << tr("Run cinereg-cli --help for the list of commands.") << Qt::endl;
    return UsageError;
}

std::optional<QDate> CliContext::date(const QCommandLineParser& parser, const QString& option,
                                      bool isRequired, int& exitCode)
{
    if (!parser.isSet(option)) {
        if (isRequired)
            exitCode = usage(tr("Missing option --%1 DATE.").arg(option));
        return std::nullopt;
    }
    const QString text = parser.value(option).trimmed();
    const auto parsed = Identifiers::parseIsoDate(text);
    if (!parsed) {
        exitCode =
            refuse(option, tr("--%1: \"%2\" is not a valid date (YYYY-MM-DD).").arg(option, text));
        return std::nullopt;
    }
    return parsed;
}

std::optional<ValidityEnd> CliContext::validityEnd(const QCommandLineParser& parser, int& exitCode)
{
    const QString noEnd = QStringLiteral("no-end");
    const QString until = QStringLiteral("until");
    if (parser.isSet(noEnd) && parser.isSet(until)) {
        exitCode = usage(tr("--until and --no-end exclude each other."));
        return std::nullopt;
    }
    if (parser.isSet(noEnd))
        return ValidityEnd::noEnd();
    if (!parser.isSet(until))
        return ValidityEnd::defaultTerm();
    const auto day = date(parser, until, true, exitCode);
    if (!day)
        return std::nullopt;
    return ValidityEnd::until(*day);
}

std::optional<qint64> CliContext::id(const QString& text, const QString& field, int& exitCode)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0) {
        exitCode = refuse(
            field, tr("%1: \"%2\" is not an id (a positive whole number).").arg(field, text));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> CliContext::required(const QCommandLineParser& parser, const QString& option,
                                            int& exitCode)
{
    const QString value = parser.value(option);
    if (!parser.isSet(option) || value.trimmed().isEmpty()) {
        exitCode = usage(tr("Missing option --%1.").arg(option));
        return std::nullopt;
    }
    return value;
}

} // namespace cinereg::cli
