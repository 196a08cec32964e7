#pragma once

#include "Refusal.h"
#include "services/Register.h"
#include "ValidityEnd.h"

#include <functional>
#include <memory>
#include <optional>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QTextStream>
#include <QVector>

namespace cinereg::cli {

// Exit codes of the CLI contract.
enum ExitCode { Done = 0, Refused = 1, UsageError = 2, StorageProblem = 3 };

// The translation context of the CLI's own words.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What a command receives: the open register, the output mode and helpers that keep every
// command's output and exit codes consistent with the contract.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliContext(QString dbPath, QString user, bool json, QString language);
    ~CliContext();

    // Opened on first use; throws StorageError. Once the register has accounts, opening also
    // signs in --user with its password (CINEREG_PASSWORD, or asked on the terminal): throws
    // SignInRefused when that fails, before any command has read or written anything.
    Register& reg();
    bool json() const { return m_json; }
    QString language() const { return m_language; }
    QString dbPath() const { return m_dbPath; }
    const Clock& clock() const { return *m_clock; }
    QString user() const { return m_user; } // empty: the OS login
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    int printJson(const QJsonValue& value); // one JSON document on stdout; returns Done
    int printText(const QString& text);     // a line on stdout; returns Done
    int refuse(const Refusal& refusal);     // message on stderr; returns Refused
    int refuse(const QString& field, const QString& message); // input refused; returns Refused
    int usage(const QString& message);                        // returns UsageError

    // Parses an option holding a date (YYYY-MM-DD). Returns nullopt and sets `exitCode` when
    // the value is missing but required (UsageError) or malformed (Refused).
    std::optional<QDate> date(const QCommandLineParser& parser, const QString& option,
                              bool required, int& exitCode);
    // --until DATE or --no-end, at most one; neither: the settings' default term.
    std::optional<ValidityEnd> validityEnd(const QCommandLineParser& parser, int& exitCode);
    // Parses an integer id (positional or option value); nullopt + exitCode on failure.
    std::optional<qint64> id(const QString& text, const QString& field, int& exitCode);
    // A password from the environment variable `variable`, else asked on the terminal (without
    // echo; twice when `confirm`); nullopt + Refused when there is none.
    std::optional<QString> secret(const char* variable, const QString& prompt, bool confirm,
                                  int& exitCode);
    // The value of a required option; nullopt + UsageError when absent or empty.
    std::optional<QString> required(const QCommandLineParser& parser, const QString& option,
                                    int& exitCode);

private:
    QString m_dbPath;
    QString m_user;
    bool m_json;
    QString m_language;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<Register> m_register;
};

// Thrown by CliContext::reg() when the register has accounts and --user cannot sign in: the
// command ends with exit 1 (CliApp), nothing read or written.
struct SignInRefused
{
    Refusal refusal;
};

// One command of cinereg-cli, e.g. {"company", "add"}.
struct CommandSpec
{
    QStringList words;
    QString synopsis;    // arguments, e.g. "COMPANY_ID --decision REF --from DATE [--until DATE]"
    QString description; // one translated sentence
    QList<QCommandLineOption> options;
    int positionals = 0; // how many positional arguments are required after the words
    std::function<int(CliContext&, const QCommandLineParser&, const QStringList&)> run;
};

using CommandList = QVector<CommandSpec>;

// Each file of commands adds its own to the list.
void addCompanyCommands(CommandList& commands);
void addRightCommands(CommandList& commands);
void addProductionCommands(CommandList& commands);
void addAdminCommands(CommandList& commands);    // check, audit, backup, restore
void addUserCommands(CommandList& commands);     // user add/list/disable/enable/role/password
void addDecisionCommands(CommandList& commands); // decision list/approve/reject
void addCertificateCommands(
    CommandList& commands); // certificate issue|batch|verify, export list, publish
void addStatsCommands(CommandList& commands); // stats
void addKeyCommands(CommandList& commands);   // key create|import|show
void addIoCommands(CommandList& commands);    // import|export companies|rights
void addApplicationCommands(
    CommandList& commands); // application file|document|list|decide|withdraw

} // namespace cinereg::cli
