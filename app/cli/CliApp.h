#pragma once

#include "CliCommand.h"

#include <QStringList>

namespace cinereg::cli {

// Parses the global options and the command words, then runs the command; returns the exit
// code of the contract (0 done, 1 refused, 2 usage, 3 storage).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CliApp();
    // `invalidUtf8` lists the indexes of the arguments whose raw bytes were not UTF-8: they are
    // refused naming their option instead of being stored with U+FFFD in place of the bytes.
    int run(const QStringList& arguments, const QList<int>& invalidUtf8 = {});

    // Decodes argv strictly as UTF-8 (Qt 6's local 8-bit encoding on Unix), recording which
    // arguments were not valid.
    static QStringList decodeArguments(int argc, char** argv, QList<int>& invalidUtf8);

    // Whether the command needs a QGuiApplication (documents are rendered with QtGui).
    static bool needsGui(const QStringList& arguments);
    // Whether it needs a QApplication: `stats --out` draws Qt Charts, which are widgets.
    static bool needsWidgets(const QStringList& arguments);

private:
    struct Scan
    {
        QStringList words;
        QString language;
        bool help = false;
        bool version = false;
    };
    static Scan scan(const QStringList& arguments);
    void loadCommands();
    const CommandSpec* find(const QStringList& words) const;
    // Every command, or only those of one group ("company").
    QString generalHelp(const QString& group = {}) const;
    bool isGroup(const QString& word) const;
    static QList<QCommandLineOption> globalOptions();
    static QStringList withPositionalsLast(const QStringList& arguments,
                                           const QList<QCommandLineOption>& options);
    static QString optionOf(const QStringList& arguments, int index);

    CommandList m_commands;
};

} // namespace cinereg::cli
