// cinereg [--db PATH] [--demo] [--lang fr|ar|en]
#include "AppIdentity.h"
#include "Clock.h"
#include "GuardedApplication.h"
#include "Localization.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"
#include "StorageError.h"
#include "UiSetup.h"

#include <memory>
#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>

using namespace cinereg;

namespace {

struct GuiOptions
{
    QCommandLineOption db{QStringLiteral("db"), QStringLiteral("The register file."),
                          QStringLiteral("PATH"), Register::defaultLocation()};
    QCommandLineOption demo{
        QStringLiteral("demo"),
        QStringLiteral("Open a fresh demonstration register of fictional companies.")};
    QCommandLineOption lang{QStringLiteral("lang"), QStringLiteral("fr, ar or en."),
                            QStringLiteral("LANG")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(
            QStringLiteral("The register of film production rights of the Centre "
                           "cinematographique marocain (CCM)."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, lang});
    }
};

// --help and --version answer on a terminal without a display: the package's man page is made
// from them, on machines that have none.
bool asksOnlyForText(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" ||
            arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    // First: the default register's path (an option's default) depends on the identity.
    setApplicationIdentity();
    const GuiOptions options;
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }

    ui::GuardedApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral("ma.ccm.cinereg"));
    QApplication::setWindowIcon(ui::UiSetup::applicationIcon());

    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);
    const auto& [db, demo, lang] = options;

    const QString language = Localization::resolve(
        parser.isSet(lang) ? parser.value(lang) : ui::UiSetup::savedLanguage());
    ui::UiSetup::applyLanguage(language);

    QTemporaryDir demoFolder;
    const QString path =
        parser.isSet(demo) ? demoFolder.filePath(QStringLiteral("demo.cinereg")) : parser.value(db);
    SystemClock clock;
    std::unique_ptr<Register> reg;
    try { // only opening can end the program: later failures are shown in the window
        reg = std::make_unique<Register>(path, clock, Register::systemUser());
        if (parser.isSet(demo)) {
            GeneratorOptions demoOptions;
            demoOptions.companies = 40;
            generateRegister(*reg, demoOptions);
            issueDemoCertificates(*reg, demoFolder.filePath(QStringLiteral("demo-signing.key")),
                                  12);
        }
    } catch (const StorageError& e) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Main", "cinereg cannot open the register"),
            e.message());
        return 3;
    }
    // Once the register has accounts nobody works on it without signing in (the language can
    // be chosen there); single-user mode (no account yet, the demonstration) starts as before.
    if (reg->hasAccounts()) {
        ui::LoginDialog login(*reg);
        if (login.exec() != QDialog::Accepted)
            return 0;
    }
    ui::MainWindow window(*reg);
    window.show();
    return app.exec();
}
