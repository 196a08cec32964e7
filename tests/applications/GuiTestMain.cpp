// main() for the applications' core tests: a QGuiApplication, because the receipt is drawn with
// QtGui (fonts, QPdfWriter); offscreen, so no display is needed.
#include <gtest/gtest.h>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cinereg-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
