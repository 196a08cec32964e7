#include "ApplicationPage.h"
#include "applications/ApplicationService.h"
#include "CompanyForm.h"
#include "CompanyPage.h"
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
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

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

// Page-level writes: the same message in place with Retry as the dialogs, the page as typed.

TEST(StorageFailure, ALockedRegisterKeepsTheCompanyPageEditsAndRetrySavesThem)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    const qint64 company = t.reg().companies().add(sampleCompany(3)).value();
    ui::CompanyPage page(t.reg(), company);
    QLineEdit* name = nullptr;
    for (QLineEdit* line : page.identityForm()->findChildren<QLineEdit*>())
        if (line->text() == sampleCompany(3).name)
            name = line;
    ASSERT_NE(name, nullptr);
    QTest::keyClicks(name, QStringLiteral(" Films"));
    const QString typed = sampleCompany(3).name + QStringLiteral(" Films");
    ASSERT_EQ(page.identityForm()->company().name, typed);
    ASSERT_TRUE(page.saveButton()->isEnabled());

    OtherWriter other(t.path());
    page.saveButton()->click(); // no exception escapes: the failure is shown on the page
    EXPECT_TRUE(
        page.storageFailureBar()->message().contains(QStringLiteral("locked by another user")))
        << page.storageFailureBar()->message().toStdString();
    EXPECT_EQ(page.identityForm()->company().name, typed) << "what the clerk typed is kept";
    EXPECT_EQ(t.reg().companies().find(company)->name, sampleCompany(3).name);

    other.release();
    page.storageFailureBar()->retryButton()->click();
    EXPECT_TRUE(page.storageFailureBar()->message().isEmpty());
    EXPECT_EQ(t.reg().companies().find(company)->name, typed);
    EXPECT_EQ(page.identityForm()->company().name, typed);
}

namespace {
qint64 openDossier(Register& reg)
{
    const qint64 company = reg.companies().add(sampleCompany(4)).value();
    NewApplication a;
    a.companyId = company;
    a.kind = RightKind::Authorization;
    a.received = Today.addDays(-3);
    return ApplicationService(reg).file(a).value().id;
}
} // namespace

TEST(StorageFailure, ALockedRegisterKeepsTheTickedPieceAndRetryRecordsIt)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    const qint64 id = openDossier(t.reg());
    ui::ApplicationPage page(t.reg(), id);
    QTableWidget* table = page.checklist();
    auto* date = qobject_cast<QDateEdit*>(table->cellWidget(3, ui::ApplicationPage::DatedColumn));
    ASSERT_NE(date, nullptr);
    date->setDate(QDate(2026, 9, 14));

    OtherWriter other(t.path());
    table->item(3, ui::ApplicationPage::PieceColumn)->setCheckState(Qt::Checked);
    EXPECT_TRUE(
        page.storageFailureBar()->message().contains(QStringLiteral("locked by another user")))
        << page.storageFailureBar()->message().toStdString();
    EXPECT_EQ(table->item(3, ui::ApplicationPage::PieceColumn)->checkState(), Qt::Checked);
    EXPECT_EQ(date->date(), QDate(2026, 9, 14)) << "the date typed is kept";
    EXPECT_TRUE(ApplicationService(t.reg()).find(id)->pieces.isEmpty());

    other.release();
    page.storageFailureBar()->retryButton()->click();
    EXPECT_TRUE(page.storageFailureBar()->message().isEmpty());
    const Piece* recorded = ApplicationService(t.reg()).find(id)->piece(PieceKind::TaxRegularity);
    ASSERT_NE(recorded, nullptr);
    EXPECT_EQ(recorded->dated, QDate(2026, 9, 14));
}

TEST(StorageFailure, ALockedRegisterKeepsTheScanAndRetryAttachesIt)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    const qint64 id = openDossier(t.reg());
    ASSERT_TRUE(ApplicationService(t.reg()).recordPiece(id, PieceKind::Statutes, Today));
    ui::ApplicationPage page(t.reg(), id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("statuts.pdf"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("%PDF-1.7\n") + QByteArray(4000, 'x'));
    }

    OtherWriter other(t.path());
    EXPECT_FALSE(page.attachFile(PieceKind::Statutes, path));
    EXPECT_TRUE(
        page.storageFailureBar()->message().contains(QStringLiteral("locked by another user")));
    EXPECT_FALSE(ApplicationService(t.reg()).find(id)->piece(PieceKind::Statutes)->attachment);
    QFile::remove(path); // the scan read once is what the retry attaches

    other.release();
    page.storageFailureBar()->retryButton()->click();
    EXPECT_TRUE(page.storageFailureBar()->message().isEmpty());
    const auto attached = ApplicationService(t.reg()).attachment(id, PieceKind::Statutes);
    ASSERT_TRUE(attached);
    EXPECT_EQ(attached->name, QStringLiteral("statuts.pdf"));
    EXPECT_EQ(attached->data.size(), 4009);
    EXPECT_TRUE(page.checklist()
                    ->item(0, ui::ApplicationPage::ScanColumn)
                    ->text()
                    .startsWith(QStringLiteral("statuts.pdf")));
}

TEST(StorageFailure, ALockedRegisterKeepsTheWithdrawalReasonAndRetryRecordsIt)
{
    TempRegister t(Today);
    waitBriefly(t.reg());
    const qint64 id = openDossier(t.reg());
    ui::ApplicationPage page(t.reg(), id);

    OtherWriter other(t.path());
    EXPECT_FALSE(page.withdrawWith(QStringLiteral("La société renonce au projet")));
    EXPECT_TRUE(
        page.storageFailureBar()->message().contains(QStringLiteral("locked by another user")));
    EXPECT_TRUE(ApplicationService(t.reg()).find(id)->isOpen());

    other.release();
    page.storageFailureBar()->retryButton()->click();
    EXPECT_TRUE(page.storageFailureBar()->message().isEmpty());
    const Application after = *ApplicationService(t.reg()).find(id);
    EXPECT_EQ(after.status, ApplicationStatus::Withdrawn);
    EXPECT_EQ(after.reason, QStringLiteral("La société renonce au projet"));
}
