// main() for the applications' core tests: a QGuiApplication, because the receipt is drawn with
// QtGui (fonts, QPdfWriter); offscreen, so no display is needed.
#include <gtest/gtest.h>
#include <QGuiApplication>

int main(int argc, char** argv)
{
    // The tests' environment, whatever runs them: Qt's offscreen platform and a UTF-8 locale,
    // inherited by the programs the tests start. (Set here because CMake 3.25's
    // gtest_discover_tests splits an ENVIRONMENT of two variables and drops the properties
    // that follow, the tests' labels included.)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cinereg-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
