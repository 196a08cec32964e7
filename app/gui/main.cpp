// cinereg [--db PATH] [--demo] [--lang fr|ar|en]
#include "AppIdentity.h"
#include "Clock.h"
#include "Localization.h"
#include "MainWindow.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"
#include "StorageError.h"
#include "store/Database.h"
#include "UiSetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTemporaryDir>

using namespace cinereg;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    setApplicationIdentity();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The register file."),
                                QStringLiteral("PATH"), Database::defaultPath());
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Open a fresh demonstration register of fictional companies."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("fr, ar or en."),
                                  QStringLiteral("LANG"));
    parser.addOptions({db, demo, lang});
    parser.process(app);

    const QString language = Localization::resolve(
        parser.isSet(lang) ? parser.value(lang) : ui::UiSetup::savedLanguage());
    ui::UiSetup::applyLanguage(language);

    QTemporaryDir demoFolder;
    const QString path =
        parser.isSet(demo) ? demoFolder.filePath(QStringLiteral("demo.cinereg")) : parser.value(db);
    SystemClock clock;
    try {
        Register reg(path, clock, Register::systemUser());
        if (parser.isSet(demo)) {
            GeneratorOptions options;
            options.companies = 40;
            generateRegister(reg, options);
        }
        ui::MainWindow window(reg);
        window.show();
        return app.exec();
    } catch (const StorageError& e) {
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("Main", "cinereg cannot open the register"),
            e.message());
        return 3;
    }
}
