#include "AppIdentity.h"
#include "CliApp.h"

#include <memory>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // Certificates and receipts are drawn with QtGui, which needs a QGuiApplication; a script
    // has no display, so it draws offscreen.
    std::unique_ptr<QCoreApplication> app;
    if (cinereg::cli::CliApp::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    cinereg::setApplicationIdentity();
    return cinereg::cli::CliApp().run(app->arguments());
}
