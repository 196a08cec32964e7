#include "MainWindow.h"

#include "CompanyPage.h"
#include "DashboardView.h"
#include "RegisterModel.h"
#include "RegisterView.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cinereg;
using namespace cinereg::test;

namespace {
// A fixed day, never the machine's: the tests read the same on any date.
const QDate Today(2026, 11, 26);

void fillDemo(Register& reg, int companies = 40)
{
    GeneratorOptions options;
    options.companies = companies;
    generateRegister(reg, options);
}
} // namespace

TEST(MainWindow, OpensOnATemporaryRegister)
{
    TempRegister t(Today);
    fillDemo(t.reg());
    ui::MainWindow window(t.reg());
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    // home, register, who may execute, productions, dossiers, statistics
    EXPECT_EQ(window.tabs()->count(), 6);
    EXPECT_EQ(window.registerView()->model()->totalCount(), 40);
    EXPECT_EQ(window.registerView()->model()->rowCount(), 40);
    // The dashboard is read in the background once the window is shown.
    for (int waited = 0; window.dashboard()->loading() && waited < 5000; waited += 10)
        QTest::qWait(10);
    ASSERT_FALSE(window.dashboard()->loading());
    EXPECT_GT(window.dashboard()->expiring()->topLevelItemCount() +
                  window.dashboard()->suspended()->topLevelItemCount(),
              0);
}

TEST(MainWindow, TypingInTheSearchFiltersTheView)
{
    TempRegister t(Today);
    fillDemo(t.reg());
    ui::MainWindow window(t.reg());
    window.show();
    auto* search = window.registerView()->findChild<QLineEdit*>();
    ASSERT_NE(search, nullptr);
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("sahara"));
    ui::RegisterModel* model = window.registerView()->model();
    EXPECT_TRUE(QTest::qWaitFor([&] { return model->totalCount() < 40; }, 2000));
    ASSERT_GT(model->rowCount(), 0);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_TRUE(model->index(row, ui::RegisterModel::Name)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Sahara")));
    // The Arabic name of the same companies, typed without hamza, finds them too.
    window.registerView()->setSearchText(QStringLiteral("الصحراء"));
    EXPECT_EQ(model->totalCount(), model->rowCount());
    EXPECT_GT(model->rowCount(), 0);
    window.registerView()->setSearchText(QStringLiteral("no such company"));
    EXPECT_EQ(model->rowCount(), 0);
}

TEST(MainWindow, LargeRegisterLoadsByPages)
{
    TempRegister t(Today);
    fillDemo(t.reg(), 1000);
    ui::MainWindow window(t.reg());
    ui::RegisterModel* model = window.registerView()->model();
    EXPECT_EQ(model->totalCount(), 1000);
    EXPECT_EQ(model->rowCount(), ui::RegisterModel::PageSize);
    ASSERT_TRUE(model->canFetchMore({}));
    model->fetchMore({});
    EXPECT_EQ(model->rowCount(), 2 * ui::RegisterModel::PageSize);
}

// A tier or status filter pages too (it read every holder's history at once: seconds on 100,000
// companies); its count is the count of the whole answer.
TEST(MainWindow, ATierFilterLoadsByPages)
{
    TempRegister t(Today);
    fillDemo(t.reg(), 1000);
    ui::RegisterModel model(t.reg());
    CompanyListQuery query;
    query.tier = RightKind::Authorization;
    model.setQuery(query);
    query.filter.limit = -1;
    const int holders = int(t.reg().companies().list(query).size());
    ASSERT_GT(holders, ui::RegisterModel::PageSize);
    EXPECT_EQ(model.totalCount(), holders);
    EXPECT_EQ(model.rowCount(), ui::RegisterModel::PageSize);
    ASSERT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), std::min(holders, 2 * ui::RegisterModel::PageSize));
    query.status = RightStatus::Suspended;
    query.filter.limit = -1;
    const int suspended = int(t.reg().companies().list(query).size());
    query.filter.limit = ui::RegisterModel::PageSize;
    model.setQuery(query);
    EXPECT_EQ(model.totalCount(), suspended);
    EXPECT_EQ(t.reg().companies().countListed(query), suspended);
}

TEST(MainWindow, ActivatingACompanyOpensItsPage)
{
    TempRegister t(Today);
    fillDemo(t.reg());
    ui::MainWindow window(t.reg());
    const qint64 id = window.registerView()->model()->companyId(0);
    ui::CompanyPage* page = window.openCompany(id);
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(window.tabs()->count(), 7);
    EXPECT_EQ(window.openCompany(id), page) << "a company opens once";
    EXPECT_EQ(page->rightCards().size(), t.reg().rights().ofCompany(id).authorizations.size() +
                                             t.reg().rights().ofCompany(id).accreditations.size());
}

TEST(MainWindow, SwitchingToArabicMirrorsTheWindow)
{
    TempRegister t(Today);
    fillDemo(t.reg());
    ui::MainWindow window(t.reg());
    window.show();
    const QString englishMenu = window.menuBar()->actions().front()->text();
    window.setLanguage(QStringLiteral("ar"));
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::layoutDirection(), Qt::RightToLeft);
    EXPECT_TRUE(window.isRightToLeft());
    EXPECT_NE(window.menuBar()->actions().front()->text(), englishMenu);
    EXPECT_EQ(ui::UiSetup::savedLanguage(), QStringLiteral("ar"));
    window.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(QApplication::layoutDirection(), Qt::LeftToRight);
    EXPECT_EQ(window.menuBar()->actions().front()->text(), englishMenu);
}

TEST(MainWindow, ClosingWhileTheDashboardIsReadWaitsForTheReader)
{
    TempRegister t(Today);
    fillDemo(t.reg());
    {
        ui::MainWindow window(t.reg());
        window.show();
        QTest::qWait(1); // the background read starts once the window is shown
    } // the window goes while its reader may still run; the register must outlive the reader
    t.reopen();
    EXPECT_EQ(t.reg().companies().count({}), 40);
}

TEST(MainWindow, AnEmptyRegisterSaysHowToBegin)
{
    TempRegister t(Today);
    ui::MainWindow window(t.reg());
    const QString hint = window.registerView()->countLabel()->text();
    EXPECT_FALSE(hint.contains(QStringLiteral("--demo"))) << "a clerk does not type commands";
    // The hint names the menu entry that opens the demonstration register.
    const QMenu* registerMenu = window.menuBar()->actions().front()->menu();
    ASSERT_NE(registerMenu, nullptr);
    bool found = false;
    for (const QAction* action : registerMenu->actions())
        found = found || (action->text().contains(QStringLiteral("demonstration register")) &&
                          hint.contains(action->text().remove(QLatin1Char('&'))));
    EXPECT_TRUE(found) << hint.toStdString();
    window.registerView()->setSearchText(QStringLiteral("atlas"));
    EXPECT_NE(window.registerView()->countLabel()->text(), hint);
}
