#include "CompanyForm.h"
#include "DecisionDialog.h"
#include "GuardedApplication.h"
#include "MainWindow.h"
#include "NewCompanyDialog.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "StorageFailureBar.h"
#include "store/Database.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <memory>
#include <QDialogButtonBox>
#include <QPushButton>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 11, 26);

// Another clerk's program holding the register's write lock (BEGIN IMMEDIATE) until released.
class OtherWriter
{
public:
    explicit OtherWriter(const QString& path)
        : m_register(std::make_unique<Register>(path, m_clock, QStringLiteral("other"))),
          m_lock(std::make_unique<Transaction>(StoreAccess::of(*m_register)))
    {
    }
    void release() { m_lock.reset(); }

private:
    FixedClock m_clock{Today};
    std::unique_ptr<Register> m_register;
    std::unique_ptr<Transaction> m_lock;
};

void waitBriefly(Register& reg)
{
    // The default 5 s busy timeout would make each refused write wait that long.
    StoreAccess::of(reg).run(QStringLiteral("PRAGMA busy_timeout = 50"));
}
} // namespace

TEST(StorageFailure, ALockedRegisterKeepsTheNewCompanyAndRetrySavesIt)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    ui::NewCompanyDialog dialog(t.reg());
    const Company typed = sampleCompany(7);
    dialog.form()->setCompany(typed);
    ASSERT_TRUE(dialog.form()->isValid());

    OtherWriter other(t.path());
    dialog.accept(); // no exception escapes: the failure is shown in place
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.storageFailure().contains(QStringLiteral("locked by another user")))
        << dialog.storageFailure().toStdString();
    EXPECT_EQ(dialog.form()->company().name, typed.name) << "what the clerk typed is kept";
    EXPECT_EQ(dialog.form()->company().ice, typed.ice);
    EXPECT_TRUE(t.reg().companies().list({}).isEmpty());

    other.release();
    dialog.findChild<ui::StorageFailureBar*>()->retryButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.storageFailure().isEmpty());
    ASSERT_EQ(t.reg().companies().list({}).size(), 1);
    EXPECT_EQ(t.reg().companies().list({}).front().company.name, typed.name);
}

TEST(StorageFailure, ALockedRegisterKeepsTheDecisionAndRetryRecordsIt)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    ui::DecisionDialog dialog(t.reg(), ui::DecisionDialog::Kind::GrantAuthorization, company, 0);
    dialog.setReference(QStringLiteral("AUT/2026/31"));
    dialog.setFrom(QDate(2026, 11, 1));
    ASSERT_TRUE(dialog.refusalText().isEmpty()) << dialog.refusalText().toStdString();

    OtherWriter other(t.path());
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.storageFailure().contains(QStringLiteral("locked by another user")));
    EXPECT_TRUE(t.reg().rights().ofCompany(company).authorizations.isEmpty());

    other.release();
    dialog.retryStorage();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const CompanyRights held = t.reg().rights().ofCompany(company);
    ASSERT_EQ(held.authorizations.size(), 1);
    EXPECT_EQ(held.authorizations[0].history[0].reference, QStringLiteral("AUT/2026/31"))
        << "the typed reference survived the failure";
    EXPECT_EQ(held.authorizations[0].validFrom, QDate(2026, 11, 1));
}

TEST(StorageFailure, TheWindowShowsAFailureNoDialogCaughtAndRetryClearsIt)
{
    TempRegister t(Today);
    ui::MainWindow window(t.reg());
    ui::StorageFailureBar* bar = window.storageFailureBar();
    EXPECT_TRUE(bar->message().isEmpty());
    ASSERT_TRUE(ui::GuardedApplication::reportStorageFailure(
        QStringLiteral("The register is locked by another user; try again.")));
    EXPECT_TRUE(bar->message().contains(QStringLiteral("locked by another user")));
    bar->retryButton()->click(); // reloads the views, which now succeeds
    EXPECT_TRUE(bar->message().isEmpty());
}

TEST(StorageFailure, NoHandlerOnceTheWindowIsGone)
{
    TempRegister t(Today);
    {
        ui::MainWindow window(t.reg());
    }
    EXPECT_FALSE(ui::GuardedApplication::reportStorageFailure(QStringLiteral("x")));
}
