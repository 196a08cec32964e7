// Writes the screenshots of docs/ when CINEREG_SCREENSHOTS names a folder:
//   CINEREG_SCREENSHOTS=docs ./build/release/tests/ui/ui_tests --gtest_filter=Screenshots.*
// Without it the test only checks that each screen renders to a non-empty picture.
#include "CompanyForm.h"
#include "CompanyPage.h"
#include "DashboardView.h"
#include "DecisionDialog.h"
#include "EligibilityView.h"
#include "MainWindow.h"
#include "NewCompanyDialog.h"
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
#include <QDir>
#include <QTabWidget>
#include <QTest>

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
        shoot(&window, QStringLiteral("eligibility-%1").arg(lang));
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
