// Choosing a company by typing (CompanyPicker) in the production and dossier dialogs, "Record a
// production" from "who may execute?", and the search of the Productions tab.
#include "CompanyPicker.h"

#include "applications/ApplicationService.h"
#include "EligibilityView.h"
#include "NewApplicationDialog.h"
#include "ProductionDialog.h"
#include "ProductionsView.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "TempRegister.h"

#include <gtest/gtest.h>
#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 11, 26);

void waitForResults(ui::CompanyPicker& picker)
{
    QSignalSpy ready(&picker, &ui::CompanyPicker::resultsReady);
    while (picker.searching())
        ASSERT_TRUE(ready.wait(5000));
}

qint64 addCompany(Register& reg, int n, const QString& name = {}, const QString& nameAr = {})
{
    Company c = sampleCompany(n);
    if (!name.isEmpty())
        c.name = name;
    if (!nameAr.isEmpty())
        c.nameAr = nameAr;
    return reg.companies().add(c).value();
}

void accredit(Register& reg, qint64 company, int n)
{
    reg.rights().grant(company, {RightKind::Authorization,
                                 QStringLiteral("AUT-%1").arg(n),
                                 {},
                                 QDate(2025, 1, 1),
                                 ValidityEnd::noEnd()});
    reg.rights().grant(company, {RightKind::National,
                                 QStringLiteral("AEN-%1").arg(n),
                                 {},
                                 QDate(2025, 2, 1),
                                 ValidityEnd::noEnd()});
}

// Types as a keyboard does, one key per character (QTest::keyClicks knows Latin letters only).
void type(QWidget* widget, const QString& text)
{
    widget->setFocus();
    for (const QChar ch : text) {
        QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, 0, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}
} // namespace

TEST(CompanyPicker, FindsByFoldedNameArabicOrIceInTheBackgroundAndChoosesByKeyboard)
{
    TempRegister t(Today);
    for (int n = 1; n <= 3; ++n)
        addCompany(t.reg(), n);
    const qint64 zenith =
        addCompany(t.reg(), 4, QStringLiteral("Société Zénith"), QStringLiteral("شركة الزينة"));
    QWidget host;
    ui::CompanyPicker picker(t.reg(), &host);
    host.show();
    host.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&host));

    type(&picker, QStringLiteral("societe zen"));
    EXPECT_TRUE(picker.searching()) << "the search runs after the typing, in the background";
    waitForResults(picker);
    ASSERT_EQ(picker.offered().size(), 1);
    EXPECT_TRUE(picker.offered()[0].contains(QStringLiteral("Société Zénith")));
    EXPECT_TRUE(picker.offered()[0].contains(QStringLiteral("شركة الزينة")));
    EXPECT_TRUE(picker.offered()[0].contains(validIce(4)));
    EXPECT_TRUE(picker.offered()[0].contains(QStringLiteral("no authorization")));
    QAbstractItemView* popup = picker.popupCompleter()->popup();
    ASSERT_TRUE(popup->isVisible());
    EXPECT_EQ(picker.companyId(), 0) << "nothing chosen before Enter";
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(picker.companyId(), zenith);
    EXPECT_TRUE(picker.text().contains(QStringLiteral("Société Zénith")));

    // Arabic, folded as the register's search folds it (أ → ا), then the ICE.
    picker.clear();
    type(&picker, QStringLiteral("اطلس"));
    EXPECT_EQ(picker.companyId(), 0) << "typing forgets the choice";
    waitForResults(picker);
    EXPECT_EQ(picker.offered().size(), 3);
    picker.clear();
    type(&picker, validIce(2));
    waitForResults(picker);
    ASSERT_EQ(picker.offered().size(), 1);
    EXPECT_TRUE(picker.offered()[0].contains(QStringLiteral("Atlas Productions 2")));
    // Down moves in the list, Enter chooses.
    ASSERT_TRUE(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Return);
    EXPECT_EQ(t.reg().companies().find(picker.companyId())->ice, validIce(2));
}

TEST(CompanyPicker, ShowsAtMostAPageOfCompanies)
{
    TempRegister t(Today);
    for (int n = 1; n <= ui::CompanyPicker::MaxShown + 5; ++n)
        addCompany(t.reg(), n);
    ui::CompanyPicker picker(t.reg());
    picker.setText(QStringLiteral("atlas"));
    picker.searchNow();
    waitForResults(picker);
    EXPECT_EQ(picker.offered().size(), ui::CompanyPicker::MaxShown);
}

TEST(ProductionDialog, TheExecutorIsTypedAndOnlyEligibleCompaniesAreOffered)
{
    TempRegister t(Today);
    const qint64 eligible = addCompany(t.reg(), 1);
    const qint64 authorizedOnly = addCompany(t.reg(), 2);
    accredit(t.reg(), eligible, 1);
    t.reg().rights().grant(authorizedOnly, {RightKind::Authorization,
                                            QStringLiteral("AUT-2"),
                                            {},
                                            QDate(2025, 1, 1),
                                            ValidityEnd::noEnd()});
    ui::ProductionDialog dialog(t.reg());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    dialog.setKind(ProductionKind::National);
    dialog.setDates(QDate(2027, 1, 4), QDate(2027, 1, 20));
    QSignalSpy loaded(&dialog, &ui::ProductionDialog::executorsLoaded);
    while (dialog.loadingExecutors())
        ASSERT_TRUE(loaded.wait(5000));
    EXPECT_EQ(dialog.executorCount(), 1);
    dialog.titleEdit()->setText(QStringLiteral("Les Dunes"));
    ui::CompanyPicker* picker = dialog.executorPicker();
    EXPECT_EQ(picker->companyId(), 0);

    // Down, before typing anything, lists the companies that may execute it.
    picker->setFocus();
    QTest::keyClick(picker, Qt::Key_Down);
    EXPECT_TRUE(picker->searching());
    waitForResults(*picker);
    ASSERT_EQ(picker->offered().size(), 1);
    EXPECT_TRUE(picker->popupCompleter()->popup()->isVisible());
    QTest::keyClick(picker->popupCompleter()->popup(), Qt::Key_Escape);

    type(picker, QStringLiteral("atlas"));
    waitForResults(*picker);
    ASSERT_EQ(picker->offered().size(), 1) << "the company without an accreditation is not offered";
    EXPECT_TRUE(picker->offered()[0].contains(QStringLiteral("Atlas Productions 1")));
    QTest::keyClick(picker->popupCompleter()->popup(), Qt::Key_Return);
    EXPECT_EQ(picker->companyId(), eligible);
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    ASSERT_EQ(t.reg().productions().list({}).size(), 1);
    EXPECT_EQ(t.reg().productions().list({}).front().executorId, eligible);
}

TEST(NewApplicationDialog, TheCompanyIsTypedAndChosen)
{
    TempRegister t(Today);
    addCompany(t.reg(), 1);
    const qint64 wanted = addCompany(t.reg(), 2, QStringLiteral("Ouarzazate Studios"));
    ui::NewApplicationDialog dialog(t.reg());
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_TRUE(dialog.refusalText().contains(QStringLiteral("Company")))
        << dialog.refusalText().toStdString();
    type(dialog.companyPicker(), QStringLiteral("ouarza"));
    waitForResults(*dialog.companyPicker());
    ASSERT_EQ(dialog.companyPicker()->offered().size(), 1);
    QTest::keyClick(dialog.companyPicker()->popupCompleter()->popup(), Qt::Key_Return);
    EXPECT_TRUE(dialog.refusalText().isEmpty()) << dialog.refusalText().toStdString();
    dialog.accept();
    ASSERT_GT(dialog.applicationId(), 0);
    EXPECT_EQ(ApplicationService(t.reg()).find(dialog.applicationId())->companyId, wanted);
}

TEST(EligibilityView, RecordsAProductionForTheChosenCompanyWithTheQuestionsKindAndDates)
{
    TempRegister t(Today);
    const qint64 may = addCompany(t.reg(), 1);
    const qint64 mayNot = addCompany(t.reg(), 2);
    accredit(t.reg(), may, 1);
    accredit(t.reg(), mayNot, 2);
    const qint64 authorization = t.reg().rights().ofCompany(mayNot).authorizations[0].id;
    ASSERT_TRUE(t.reg().rights().decide(authorization, {DecisionType::Suspend,
                                                        QStringLiteral("S"),
                                                        QDate(2026, 11, 20),
                                                        QStringLiteral("x"),
                                                        {}}));
    ui::EligibilityView view(t.reg());
    view.setQuestion(0, QDate(2027, 3, 1), QDate(2027, 3, 15));
    QSignalSpy loaded(&view, &ui::EligibilityView::loaded);
    ASSERT_TRUE(loaded.wait(5000));
    QAbstractItemModel* answer = view.table()->model();
    ASSERT_EQ(answer->rowCount(), 2);
    EXPECT_FALSE(view.recordButton()->isEnabled()) << "no company chosen yet";
    const auto rowOf = [answer](qint64 id) {
        for (int row = 0; row < answer->rowCount(); ++row)
            if (answer->index(row, 0).data(Qt::UserRole).toLongLong() == id)
                return row;
        return -1;
    };
    view.table()->selectRow(rowOf(mayNot));
    EXPECT_FALSE(view.recordButton()->isEnabled()) << "a company that may not execute it";
    EXPECT_EQ(view.productionDialog(), nullptr);
    view.table()->selectRow(rowOf(may));
    EXPECT_TRUE(view.recordButton()->isEnabled());
    const std::unique_ptr<ui::ProductionDialog> dialog = view.productionDialog();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->kind(), ProductionKind::National);
    EXPECT_EQ(dialog->firstDay(), QDate(2027, 3, 1));
    EXPECT_EQ(dialog->lastDay(), QDate(2027, 3, 15));
    EXPECT_EQ(dialog->executorPicker()->companyId(), may);
    dialog->titleEdit()->setText(QStringLiteral("Sables"));
    QSignalSpy executors(dialog.get(), &ui::ProductionDialog::executorsLoaded);
    while (dialog->loadingExecutors())
        ASSERT_TRUE(executors.wait(5000));
    dialog->accept();
    ASSERT_EQ(t.reg().productions().list({}).size(), 1);
    const Production recorded = t.reg().productions().list({}).front();
    EXPECT_EQ(recorded.executorId, may);
    EXPECT_EQ(recorded.shootFrom, QDate(2027, 3, 1));
    EXPECT_EQ(recorded.shootTo, QDate(2027, 3, 15));
}

TEST(ProductionsView, SearchesTitleExecutorAndReferences)
{
    TempRegister t(Today);
    const qint64 a = addCompany(t.reg(), 1);
    const qint64 b = addCompany(t.reg(), 2, QStringLiteral("Studios Zagora"),
                                QStringLiteral("استوديوهات زاكورة"));
    accredit(t.reg(), a, 1);
    accredit(t.reg(), b, 2);
    Production p;
    p.title = QStringLiteral("Les Dunes de Merzouga");
    p.executorId = a;
    p.shootFrom = QDate(2026, 2, 1);
    p.shootTo = QDate(2026, 2, 20);
    p.shootingPermit = QStringLiteral("AT-2026-0117");
    ASSERT_TRUE(t.reg().productions().add(p));
    p.title = QStringLiteral("Le Désert");
    p.executorId = b;
    p.shootingPermit = QStringLiteral("AT-2026-0230");
    ASSERT_TRUE(t.reg().productions().add(p));
    ui::ProductionsView view(t.reg());
    view.reload();
    ASSERT_EQ(view.table()->rowCount(), 2);
    const auto found = [&view](const QString& text) {
        view.searchEdit()->setText(text);
        return view.shownCount();
    };
    EXPECT_EQ(found(QStringLiteral("dunes")), 1);
    EXPECT_EQ(found(QStringLiteral("desert")), 1) << "accents folded";
    EXPECT_EQ(found(QStringLiteral("zagora")), 1) << "the executing company";
    EXPECT_EQ(found(QStringLiteral("زاكوره")), 1) << "its Arabic name, folded (ة → ه)";
    EXPECT_EQ(found(QStringLiteral("0117")), 1) << "the permit's reference";
    EXPECT_EQ(found(validIce(2)), 1) << "the executor's ICE";
    EXPECT_EQ(found(QStringLiteral("le")), 2);
    EXPECT_EQ(found(QStringLiteral("nothing like it")), 0);
    EXPECT_EQ(found(QString()), 2);
}
