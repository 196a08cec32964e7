// Writes the screenshots of docs/ when CINEREG_SCREENSHOTS names a folder:
//   CINEREG_SCREENSHOTS=docs ./build/release/tests/ui/ui_tests --gtest_filter=Screenshots.*
// Without it the test only checks that each screen renders to a non-empty picture.
#include "accounts/AccountService.h"
#include "accounts/DecisionService.h"
#include "AccountsDialog.h"
#include "ApprovalView.h"
#include "CompanyForm.h"
#include "CompanyPage.h"
#include "CompanyPicker.h"
#include "DashboardView.h"
#include "DecisionDialog.h"
#include "EligibilityView.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NewApplicationDialog.h"
#include "NewCompanyDialog.h"
#include "ProductionDialog.h"
#include "ProductionsView.h"
#include "RegisterModel.h"
#include "RegisterView.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "store/Database.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <memory>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDir>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cinereg;

namespace {
void shoot(QWidget* widget, const QString& name)
{
    QCoreApplication::processEvents();
    const QPixmap picture = widget->grab();
    EXPECT_FALSE(picture.isNull());
    EXPECT_GT(picture.width(), 400);
    const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QDir().mkpath(folder);
        picture.save(QStringLiteral("%1/%2.png").arg(folder, name));
    }
}
} // namespace

TEST(Screenshots, MainScreensInFrenchAndArabic)
{
    test::TempRegister t(QDate(2026, 11, 26)); // a fixed day: the pictures do not depend on it
    GeneratorOptions options;
    options.companies = 60;
    generateRegister(t.reg(), options);
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        ui::MainWindow window(t.reg());
        window.resize(1400, 820);
        window.show();
        QTest::qWait(100);
        for (int waited = 0; window.dashboard()->loading() && waited < 5000; waited += 10)
            QTest::qWait(10);
        window.tabs()->setCurrentIndex(0);
        shoot(&window, QStringLiteral("home-%1").arg(lang));
        window.tabs()->setCurrentIndex(1);
        shoot(&window, QStringLiteral("register-%1").arg(lang));
        window.registerView()->setSearchText(lang == QLatin1String("fr") ? QStringLiteral("atlas")
                                                                         : QStringLiteral("اطلس"));
        shoot(&window, QStringLiteral("search-%1").arg(lang));
        // The company page of a company whose authorization is suspended: its accreditations
        // read "not in force", with the reason and the day.
        qint64 suspended = window.registerView()->model()->companyId(0);
        qint64 inForce = suspended;
        for (const CompanyListEntry& e : t.reg().companies().list({})) {
            if (e.standing.national &&
                e.standing.national->cause == Standing::Cause::AuthorizationSuspended)
                suspended = e.company.id;
            if (e.standing.national && e.standing.national->inForce)
                inForce = e.company.id;
        }
        window.openCompany(suspended);
        shoot(&window, QStringLiteral("company-%1").arg(lang));
        {
            // Suspending the authorization of a company in force warns what stops with it.
            const CompanyRights held = t.reg().rights().ofCompany(inForce);
            ui::DecisionDialog suspend(
                t.reg(), ui::DecisionDialog::Kind::Suspend, inForce,
                held.authorizations.isEmpty() ? 0 : held.authorizations.front().id, &window);
            suspend.setReference(QStringLiteral("SUS/2026/4"));
            suspend.setReason(QStringLiteral("Attestation CNSS non renouvelée"));
            suspend.show();
            shoot(&suspend, QStringLiteral("decision-suspend-%1").arg(lang));
        }
        window.tabs()->setCurrentIndex(2);
        window.eligibilityView()->setQuestion(0, t.reg().today().addDays(10),
                                              t.reg().today().addDays(40));
        for (int waited = 0; window.eligibilityView()->loading() && waited < 5000; waited += 10)
            QTest::qWait(10);
        // The first company that may execute it, selected: "Record a production" is offered.
        QCoreApplication::processEvents(); // a change announced meanwhile reads the answer again
        for (int waited = 0; window.eligibilityView()->loading() && waited < 5000; waited += 10)
            QTest::qWait(10);
        // (setCurrentIndex: selectRow finds no column right to left, Qt 6.4)
        QTableView* answer = window.eligibilityView()->table();
        answer->setCurrentIndex(answer->model()->index(0, 0));
        // The production dialog opened from there, the executor searched by typing.
        std::unique_ptr<ui::ProductionDialog> production =
            window.eligibilityView()->productionDialog();
        ASSERT_NE(production, nullptr);
        shoot(&window, QStringLiteral("eligibility-%1").arg(lang));
        {
            production->titleEdit()->setText(lang == QLatin1String("fr")
                                                 ? QStringLiteral("Les Dunes de Merzouga")
                                                 : QStringLiteral("كثبان مرزوكة"));
            production->show();
            production->activateWindow();
            QTest::qWaitForWindowActive(production.get());
            QSignalSpy executors(production.get(), &ui::ProductionDialog::executorsLoaded);
            while (production->loadingExecutors())
                ASSERT_TRUE(executors.wait(5000));
            shoot(production.get(), QStringLiteral("production-%1").arg(lang));
            ui::CompanyPicker* picker = production->executorPicker();
            picker->clear();
            picker->setFocus();
            for (const QChar ch :
                 lang == QLatin1String("fr") ? QStringLiteral("prod") : QStringLiteral("انتاج")) {
                QKeyEvent key(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
                QApplication::sendEvent(picker, &key);
            }
            QSignalSpy found(picker, &ui::CompanyPicker::resultsReady);
            while (picker->searching())
                ASSERT_TRUE(found.wait(5000));
            QCoreApplication::processEvents();
            // The popup is a window of its own: drawn below the dialog's picture.
            QAbstractItemView* popup = picker->popupCompleter()->popup();
            const QPixmap dialogPicture = production->grab();
            const QPixmap popupPicture = popup->grab();
            const QPoint below =
                picker->mapTo(production.get(),
                              QPoint(picker->isRightToLeft() ? picker->width() - popup->width() : 0,
                                     picker->height()));
            const int left = std::min(0, below.x());
            QPixmap both(std::max(dialogPicture.width(), below.x() + popupPicture.width()) - left,
                         std::max(dialogPicture.height(), below.y() + popupPicture.height()));
            both.fill(Qt::white);
            QPainter painter(&both);
            painter.drawPixmap(-left, 0, dialogPicture);
            painter.drawPixmap(below.x() - left, below.y(), popupPicture);
            painter.end();
            const QString folder = qEnvironmentVariable("CINEREG_SCREENSHOTS");
            EXPECT_TRUE(popup->isVisible());
            if (!folder.isEmpty())
                both.save(QStringLiteral("%1/company-picker-%2.png").arg(folder, lang));
            production.reset();
        }
        {
            // A new dossier: the company typed and chosen, the required fields marked.
            ui::NewApplicationDialog dossier(t.reg(), &window);
            dossier.preselectCompany(t.reg().companies().list({}).front().company.id);
            dossier.show();
            shoot(&dossier, QStringLiteral("dossier-new-%1").arg(lang));
            // A new company whose ICE fails its check key: Save says why it is disabled.
            ui::NewCompanyDialog company(t.reg(), &window);
            Company typed = test::sampleCompany(lang == QLatin1String("fr") ? 904 : 905);
            typed.ice = QStringLiteral("001561191000065");
            company.form()->setCompany(typed);
            company.show();
            shoot(&company, QStringLiteral("company-new-%1").arg(lang));
        }
        window.tabs()->setCurrentIndex(3);
        window.productionsView()->searchEdit()->setText(
            lang == QLatin1String("fr") ? QStringLiteral("zagora") : QStringLiteral("زاكورة"));
        shoot(&window, QStringLiteral("productions-%1").arg(lang));
        ui::DecisionDialog dialog(t.reg(), ui::DecisionDialog::Kind::GrantAccreditation,
                                  t.reg().companies().list({}).front().company.id, 0, &window);
        dialog.setReference(QStringLiteral("AGN/2026/17"));
        dialog.setFrom(t.reg().today().addYears(-30));
        dialog.show();
        shoot(&dialog, QStringLiteral("decision-refused-%1").arg(lang));

        // A grant whose end is the settings' default term, shown as the day the core computes.
        Settings settings = t.reg().settings();
        settings.defaultTermMonths = 36;
        t.reg().saveSettings(settings);
        ui::DecisionDialog term(
            t.reg(), ui::DecisionDialog::Kind::GrantAuthorization,
            t.reg()
                .companies()
                .add(test::sampleCompany(lang == QLatin1String("fr") ? 900 : 902))
                .value(),
            0, &window);
        term.setReference(QStringLiteral("AUT/2026/88"));
        term.show();
        shoot(&term, QStringLiteral("decision-validity-end-%1").arg(lang));
        settings.defaultTermMonths = 0;
        t.reg().saveSettings(settings);

        // The register locked by another program while the clerk saves: the message in place.
        StoreAccess::of(t.reg()).run(QStringLiteral("PRAGMA busy_timeout = 50"));
        ui::NewCompanyDialog company(t.reg(), &window);
        company.form()->setCompany(test::sampleCompany(lang == QLatin1String("fr") ? 901 : 903));
        {
            FixedClock otherClock(t.reg().today());
            Register other(t.path(), otherClock, QStringLiteral("other"));
            Transaction lock(StoreAccess::of(other));
            company.accept();
        }
        company.show();
        shoot(&company, QStringLiteral("storage-locked-%1").arg(lang));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}

// Four eyes: the sign-in dialog (a wrong password refused) and the approver's "Awaiting
// approval" tab with a clerk's proposals, the first one selected with the rule check of today.
TEST(Screenshots, SignInAndApprovalInFrenchAndArabic)
{
    test::TempRegister t(QDate(2026, 11, 26));
    GeneratorOptions options;
    options.companies = 30;
    generateRegister(t.reg(), options);
    const auto password = [](const QString& login) { return login + QStringLiteral("-2026!"); };
    ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("aalaoui"), Role::Admin,
                                       QStringLiteral("Amina Alaoui"),
                                       password(QStringLiteral("aalaoui"))));
    ASSERT_TRUE(t.reg().signIn(QStringLiteral("aalaoui"), password(QStringLiteral("aalaoui"))));
    ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("nbennani"), Role::Clerk,
                                       QStringLiteral("Nadia Bennani"),
                                       password(QStringLiteral("nbennani"))));
    ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("kidrissi"), Role::Approver,
                                       QStringLiteral("Karim Idrissi"),
                                       password(QStringLiteral("kidrissi"))));
    // The clerk proposes what the rules accept today: a national accreditation for two
    // authorized companies without one.
    ASSERT_TRUE(t.reg().signIn(QStringLiteral("nbennani"), password(QStringLiteral("nbennani"))));
    int proposed = 0;
    for (const CompanyListEntry& e : t.reg().companies().list({})) {
        const GrantRules::GrantRequest request{RightKind::National,
                                               QStringLiteral("ACN/2026/%1").arg(40 + proposed),
                                               {},
                                               t.reg().today(),
                                               ValidityEnd::defaultTerm()};
        if (proposed < 2 && t.reg().rights().wouldGrant(e.company.id, request) &&
            t.reg().decisions().grant(e.company.id, request))
            ++proposed;
    }
    ASSERT_EQ(proposed, 2);
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        ui::UiSetup::applyLanguage(lang);
        {
            ui::LoginDialog login(t.reg());
            login.setLogin(QStringLiteral("kidrissi"));
            login.setPassword(QStringLiteral("not-the-password"));
            login.show();
            login.accept(); // refused: the message shows, the dialog stays
            ASSERT_FALSE(login.message().isEmpty());
            shoot(&login, QStringLiteral("login-%1").arg(lang));
        }
        ASSERT_TRUE(
            t.reg().signIn(QStringLiteral("kidrissi"), password(QStringLiteral("kidrissi"))));
        ui::MainWindow window(t.reg());
        window.resize(1400, 820);
        window.show();
        ASSERT_NE(window.approvalView(), nullptr);
        window.tabs()->setCurrentWidget(window.approvalView());
        QTreeWidget* list = window.approvalView()->list();
        ASSERT_EQ(list->topLevelItemCount(), 2);
        list->setCurrentItem(list->topLevelItem(0));
        window.approvalView()->reasonEdit()->setPlainText(
            lang == QLatin1String("fr") ? QStringLiteral("Attestation fiscale à produire.")
                                        : QStringLiteral("يتعين الإدلاء بشهادة ضريبية."));
        QTest::qWait(50);
        shoot(&window, QStringLiteral("approval-%1").arg(lang));
        // The admin's list of accounts, the clerk selected.
        ASSERT_TRUE(t.reg().signIn(QStringLiteral("aalaoui"), password(QStringLiteral("aalaoui"))));
        ui::AccountsDialog accounts(t.reg(), &window);
        accounts.select(QStringLiteral("nbennani"));
        accounts.show();
        shoot(&accounts, QStringLiteral("accounts-%1").arg(lang));
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}
