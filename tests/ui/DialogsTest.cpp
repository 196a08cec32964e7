#include "CompanyForm.h"
#include "DateText.h"
#include "DecisionDialog.h"
#include "EligibilityView.h"
#include "NewCompanyDialog.h"
#include "ProductionDialog.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "store/AuditLog.h"
#include "store/StoreAccess.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace cinereg;
using namespace cinereg::test;
using Kind = ui::DecisionDialog::Kind;

namespace {
bool okEnabled(const QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled();
}
int auditSize(Register& reg)
{
    return AuditLog(StoreAccess::of(reg)).list().size();
}
} // namespace

TEST(DecisionDialog, ShowsTheRefusalBeforeConfirmingAndWritesNothing)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    const int before = auditSize(t.reg());
    ui::DecisionDialog dialog(t.reg(), Kind::GrantAccreditation, company, 0);
    dialog.setReference(QStringLiteral("AGN/2026/1"));
    dialog.setFrom(QDate(2026, 3, 1));
    EXPECT_EQ(dialog.refusalText(), QStringLiteral("Rule 2: no active authorization on %1.")
                                        .arg(DateText::of(QDate(2026, 3, 1))));
    EXPECT_FALSE(okEnabled(dialog));
    dialog.accept(); // even forced, the core refuses: nothing is written
    EXPECT_EQ(auditSize(t.reg()), before);
    EXPECT_TRUE(t.reg().rights().ofCompany(company).accreditations.isEmpty());
}

TEST(DecisionDialog, AcceptedOnceTheRuleIsSatisfied)
{
    TempRegister t;
    const qint64 company = t.reg().companies().add(sampleCompany(1)).value();
    ui::DecisionDialog grant(t.reg(), Kind::GrantAuthorization, company, 0);
    EXPECT_FALSE(okEnabled(grant)) << "no decision reference yet";
    grant.setReference(QStringLiteral("AUT/2026/9"));
    grant.setFrom(QDate(2026, 1, 1));
    EXPECT_TRUE(grant.refusalText().isEmpty());
    ASSERT_TRUE(okEnabled(grant));
    grant.accept();
    const auto held = t.reg().rights().ofCompany(company);
    ASSERT_EQ(held.authorizations.size(), 1);

    ui::DecisionDialog suspend(t.reg(), Kind::Suspend, company, held.authorizations[0].id);
    suspend.setFrom(QDate(2026, 3, 2));
    EXPECT_FALSE(okEnabled(suspend)) << "a suspension states its reason";
    suspend.setReason(QStringLiteral("Attestation CNSS expirée"));
    EXPECT_TRUE(okEnabled(suspend));
}

TEST(NewCompanyDialog, FieldsShowTheCoresMessages)
{
    TempRegister t;
    ui::NewCompanyDialog dialog(t.reg());
    ui::CompanyForm* form = dialog.form();
    Company c = sampleCompany(4);
    c.ice = QStringLiteral("001561191000065");
    form->setCompany(c);
    EXPECT_FALSE(form->isValid());
    EXPECT_TRUE(form->problemFor(QStringLiteral("ice")).contains(QStringLiteral("check key")));
    EXPECT_FALSE(okEnabled(dialog));
    c.ice = validIce(4);
    form->setCompany(c);
    EXPECT_TRUE(form->isValid());
    EXPECT_TRUE(form->problemFor(QStringLiteral("ice")).isEmpty());
    dialog.accept();
    EXPECT_GT(dialog.companyId(), 0);
    EXPECT_EQ(t.reg().companies().find(dialog.companyId())->ice, validIce(4));
}

TEST(ProductionDialog, ExecutorPickerOffersOnlyEligibleCompanies)
{
    TempRegister t;
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 b = t.reg().companies().add(sampleCompany(2)).value();
    for (qint64 id : {a, b})
        t.reg().rights().grant(
            id, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}});
    t.reg().rights().grant(a,
                           {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}});
    ui::ProductionDialog dialog(t.reg());
    const auto settle = [&dialog] { // the candidates are computed on a worker thread
        QSignalSpy loaded(&dialog, &ui::ProductionDialog::executorsLoaded);
        while (dialog.loadingExecutors())
            ASSERT_TRUE(loaded.wait(5000));
    };
    dialog.setKind(ProductionKind::National);
    dialog.setDates(QDate(2026, 4, 1), QDate(2026, 4, 10));
    EXPECT_TRUE(dialog.loadingExecutors()) << "never computed on the UI thread";
    EXPECT_FALSE(okEnabled(dialog)) << "not before the candidates are known";
    settle();
    EXPECT_EQ(dialog.executorCount(), 1);
    dialog.setKind(ProductionKind::Foreign);
    settle();
    EXPECT_EQ(dialog.executorCount(), 0);
    EXPECT_FALSE(okEnabled(dialog));
}

TEST(ProductionDialog, RecordsWithTheExecutorFoundInTheBackground)
{
    TempRegister t;
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    t.reg().rights().grant(
        a, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}});
    t.reg().rights().grant(a,
                           {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}});
    ui::ProductionDialog dialog(t.reg());
    dialog.preselectExecutor(a);
    dialog.setKind(ProductionKind::National);
    dialog.setDates(QDate(2026, 4, 1), QDate(2026, 4, 10));
    dialog.titleEdit()->setText(QStringLiteral("Les Dunes"));
    QSignalSpy loaded(&dialog, &ui::ProductionDialog::executorsLoaded);
    while (dialog.loadingExecutors())
        ASSERT_TRUE(loaded.wait(5000));
    ASSERT_TRUE(okEnabled(dialog));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(t.reg().productions().list({}).size(), 1);
    EXPECT_EQ(t.reg().productions().list({}).front().executorId, a);
}

TEST(EligibilityView, ListsWhoMayAndWhyOthersMayNot)
{
    TempRegister t;
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 auth =
        t.reg()
            .rights()
            .grant(a, {RightKind::Authorization, QStringLiteral("A"), {}, QDate(2025, 1, 1), {}})
            .value()
            .id;
    t.reg().rights().grant(a,
                           {RightKind::National, QStringLiteral("N"), {}, QDate(2025, 2, 1), {}});
    t.reg().rights().decide(
        auth, {DecisionType::Suspend, {}, QDate(2026, 4, 5), QStringLiteral("x"), {}});
    ui::EligibilityView view(t.reg());
    const auto answer = [&view](QDate from, QDate to) {
        view.setQuestion(0, from, to);
        EXPECT_TRUE(view.loading()); // read in the background
        QSignalSpy loaded(&view, &ui::EligibilityView::loaded);
        EXPECT_TRUE(loaded.wait(5000));
    };
    answer(QDate(2026, 4, 1), QDate(2026, 4, 10));
    ASSERT_EQ(view.table()->model()->rowCount(), 1);
    EXPECT_TRUE(view.table()->model()->index(0, 3).data().toString().contains(
        DateText::of(QDate(2026, 4, 5))));
    answer(QDate(2026, 4, 1), QDate(2026, 4, 4));
    EXPECT_EQ(view.table()->model()->index(0, 3).data().toString(), QStringLiteral("Yes"));
}
