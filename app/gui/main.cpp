// cinereg [--db PATH|postgresql://[LOGIN@]HOST[:PORT]/DATABASE] [--demo] [--lang fr|ar|en]
#include "AppIdentity.h"
#include "Clock.h"
#include "GuardedApplication.h"
#include "Localization.h"
#include "MainWindow.h"
#include "RegisterSession.h"
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
    QCommandLineOption db{QStringLiteral("db"),
                          QStringLiteral("The register file, or a register on a server: "
                                         "postgresql://[LOGIN@]HOST[:PORT]/DATABASE (the "
                                         "password from ~/.pgpass, or asked)."),
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
    ui::RegisterSession session(clock, Register::systemUser());
    if (parser.isSet(demo)) {
        std::unique_ptr<Register> reg;
        try {
            reg = std::make_unique<Register>(path, clock, Register::systemUser());
            GeneratorOptions demoOptions;
            demoOptions.companies = 40;
            generateRegister(*reg, demoOptions);
            issueDemoCertificates(*reg, demoFolder.filePath(QStringLiteral("demo-signing.key")),
                                  12);
        } catch (const StorageError& e) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("Main", "cinereg cannot open the register"),
                e.message());
            return 3;
        }
        session.adopt(std::move(reg));
        return app.exec();
    }
    // Only opening can end the program: later failures are shown in the window.
    session.setErrorDisplay([](const QString& message) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Main", "cinereg cannot open the register"),
            message);
    });
    if (!session.open(path))
        return session.signInDeclined() ? 0 : 3;
    session.setErrorDisplay([&session](const QString& message) {
        QMessageBox::warning(session.window(),
                             ui::RegisterSession::tr("The register could not be opened"), message);
    });
    return app.exec();
}
