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
    int run(const QStringList& arguments);

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
    QString generalHelp() const;
    static QList<QCommandLineOption> globalOptions();

    CommandList m_commands;
};

} // namespace cinereg::cli
