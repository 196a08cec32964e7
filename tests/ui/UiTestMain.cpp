#include "AppIdentity.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    cinereg::setApplicationIdentity();
    QCoreApplication::setOrganizationName(QStringLiteral("cinereg-tests")); // own QSettings
    cinereg::ui::UiSetup::applyLanguage(QStringLiteral("en"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
