#include "AppIdentity.h"
#include "CliApp.h"

#include <memory>
#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    QList<int> invalidUtf8;
    const QStringList arguments = cinereg::cli::CliApp::decodeArguments(argc, argv, invalidUtf8);

    // Certificates and receipts are drawn with QtGui, which needs a QGuiApplication; a script
    // has no display, so it draws offscreen.
    // The statistics report's charts are Qt Charts, drawn by widgets: a QApplication for that one
    // command only, so every other command starts without one.
    std::unique_ptr<QCoreApplication> app;
    if (cinereg::cli::CliApp::needsWidgets(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else if (cinereg::cli::CliApp::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    cinereg::setApplicationIdentity();
    return cinereg::cli::CliApp().run(arguments, invalidUtf8);
}
