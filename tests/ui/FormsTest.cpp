#include "CommercialCourts.h"
#include "CompanyForm.h"
#include "DateText.h"
#include "DecisionDialog.h"
#include "EligibilityView.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "StatusText.h"
#include "TempRegister.h"
#include "UiSetup.h"
#include "ValidityEndEdit.h"

#include <gtest/gtest.h>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>

using namespace cinereg;
using namespace cinereg::test;
using Kind = ui::DecisionDialog::Kind;

namespace {
const QDate Today(2026, 11, 26);

void setDefaultTerm(Register& reg, int months)
{
    Settings s = reg.settings();
    s.defaultTermMonths = months;
    reg.saveSettings(s);
}

QDate grantedEnd(Register& reg, qint64 company, const ValidityEnd& end)
{
    ui::DecisionDialog dialog(reg, Kind::GrantAuthorization, company, 0);
    dialog.setReference(QStringLiteral("AUT/2026/5"));
    dialog.setFrom(QDate(2026, 1, 1));
    dialog.setEnd(end);
    EXPECT_TRUE(dialog.refusalText().isEmpty()) << dialog.refusalText().toStdString();
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const CompanyRights held = reg.rights().ofCompany(company);
    return held.authorizations.isEmpty()
               ? QDate(1900, 1, 1)
               : RightTimeline(held.authorizations.last()).finalValidUntil();
}
} // namespace

TEST(ValidityEndInDialogs, WithoutLimitIsRecordedWithoutLimitDespiteADefaultTerm)
{
    TempRegister t(Today);
    setDefaultTerm(t.reg(), 12);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 b = t.reg().companies().add(sampleCompany(2)).value();
    const qint64 c = t.reg().companies().add(sampleCompany(3)).value();
    EXPECT_EQ(grantedEnd(t.reg(), a, ValidityEnd::noEnd()), QDate());
    EXPECT_EQ(grantedEnd(t.reg(), b, ValidityEnd::defaultTerm()), QDate(2026, 12, 31));
    EXPECT_EQ(grantedEnd(t.reg(), c, ValidityEnd::until(QDate(2027, 6, 30))), QDate(2027, 6, 30));
}

TEST(ValidityEndInDialogs, TheDefaultTermChoiceShowsTheDayTheCoreGives)
{
    TempRegister t(Today);
    setDefaultTerm(t.reg(), 24);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    ui::DecisionDialog dialog(t.reg(), Kind::GrantAuthorization, a, 0);
    auto* edit = dialog.findChild<ui::ValidityEndEdit*>();
    ASSERT_NE(edit, nullptr);
    dialog.setFrom(QDate(2026, 3, 1));
    const QString expected = DateText::of(t.reg().rights().defaultLastDay(QDate(2026, 3, 1)));
    EXPECT_TRUE(edit->choice()->itemText(0).contains(expected))
        << edit->choice()->itemText(0).toStdString();
    EXPECT_FALSE(edit->until()->isEnabled()) << "the day is chosen only for \"until\"";
    edit->setValue(ValidityEnd::until(QDate(2026, 9, 30)));
    EXPECT_TRUE(edit->until()->isEnabled());
    EXPECT_EQ(edit->value(), ValidityEnd::until(QDate(2026, 9, 30)));

    setDefaultTerm(t.reg(), 0);
    ui::DecisionDialog noTerm(t.reg(), Kind::GrantAuthorization, a, 0);
    EXPECT_EQ(noTerm.findChild<ui::ValidityEndEdit*>()->choice()->itemText(0),
              QStringLiteral("Default term (none: without limit)"));
}

TEST(ValidityEndInDialogs, ARenewalProposesTheDefaultTermFromTheCurrentEnd)
{
    TempRegister t(Today);
    setDefaultTerm(t.reg(), 12);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    const qint64 id = t.reg()
                          .rights()
                          .grant(a, {RightKind::Authorization,
                                     QStringLiteral("AUT/1"),
                                     {},
                                     QDate(2026, 1, 1),
                                     ValidityEnd::until(QDate(2026, 12, 31))})
                          .value()
                          .id;
    ui::DecisionDialog renew(t.reg(), Kind::Renew, a, id);
    renew.setReference(QStringLiteral("AUT/1/R"));
    EXPECT_EQ(renew.findChild<QDateEdit*>()->date(), QDate(2027, 12, 31));
}

TEST(DateFormat, TheSameDateReadsTheSameInATableAFieldAndARefusal)
{
    const QDate day(2026, 4, 5);
    const QRegularExpression arabicIndicDigits(QStringLiteral("[\u0660-\u0669\u06F0-\u06F9]"));
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar"), QStringLiteral("en")}) {
        SCOPED_TRACE(lang.toStdString());
        ui::UiSetup::applyLanguage(lang);
        const QString shown = DateText::of(day);
        EXPECT_EQ(shown, lang == QLatin1String("en") ? QStringLiteral("5 Apr 2026")
                                                     : QStringLiteral("05/04/2026"));
        EXPECT_FALSE(shown.contains(arabicIndicDigits));

        TempRegister t(Today);
        const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
        const qint64 auth = t.reg()
                                .rights()
                                .grant(a, {RightKind::Authorization,
                                           QStringLiteral("A"),
                                           {},
                                           QDate(2025, 1, 1),
                                           ValidityEnd::noEnd()})
                                .value()
                                .id;
        t.reg().rights().grant(a, {RightKind::National,
                                   QStringLiteral("N"),
                                   {},
                                   QDate(2025, 2, 1),
                                   ValidityEnd::noEnd()});
        t.reg().rights().decide(auth, {DecisionType::Suspend, {}, day, QStringLiteral("x"), {}});

        // A field: the date editors of the dialogs.
        ui::DecisionDialog dialog(t.reg(), Kind::GrantAccreditation, a, 0);
        dialog.setReference(QStringLiteral("AGN/1"));
        dialog.setFrom(day);
        auto* field = dialog.findChildren<QDateEdit*>().at(1); // signed on, then valid from
        EXPECT_EQ(field->date(), day);
        EXPECT_EQ(field->text(), shown);
        EXPECT_FALSE(field->text().contains(arabicIndicDigits));
        // A refusal from the core.
        EXPECT_TRUE(dialog.refusalText().contains(shown)) << dialog.refusalText().toStdString();
        EXPECT_FALSE(dialog.refusalText().contains(arabicIndicDigits));
        // A table: who may execute, whose reason quotes the day the authorization stops.
        ui::EligibilityView view(t.reg());
        view.setQuestion(0, QDate(2026, 4, 1), QDate(2026, 4, 10));
        QSignalSpy loaded(&view, &ui::EligibilityView::loaded);
        ASSERT_TRUE(loaded.wait(5000));
        ASSERT_EQ(view.table()->model()->rowCount(), 1);
        EXPECT_TRUE(view.table()->model()->index(0, 3).data().toString().contains(shown))
            << view.table()->model()->index(0, 3).data().toString().toStdString();
        EXPECT_EQ(ui::dateText(day), shown);
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}

TEST(CompanyFormCourt, TheRcCourtIsChosenFromTheCommercialCourtsOrTyped)
{
    TempRegister t(Today);
    ui::CompanyForm form(t.reg());
    QComboBox* courts = form.courtChoice();
    ASSERT_NE(courts, nullptr);
    EXPECT_EQ(courts->count(), CommercialCourts::seats().size());
    EXPECT_GE(courts->findText(QStringLiteral("Casablanca")), 0);
    EXPECT_TRUE(courts->currentText().isEmpty()) << "nothing chosen before the clerk does";

    Company c = sampleCompany(5);
    c.rcCourt.clear();
    form.setCompany(c);
    courts->setCurrentIndex(courts->findText(QStringLiteral("Tanger")));
    EXPECT_EQ(form.company().rcCourt, QStringLiteral("Tanger"));
    courts->setEditText(QStringLiteral("Kénitra")); // a court of first instance: free entry
    EXPECT_EQ(form.company().rcCourt, QStringLiteral("Kénitra"));
}

TEST(CheckedDialogs, ARefusalDoesNotMakeTheFormJump)
{
    TempRegister t(Today);
    const qint64 a = t.reg().companies().add(sampleCompany(1)).value();
    ui::DecisionDialog dialog(t.reg(), Kind::GrantAuthorization, a, 0);
    dialog.show();
    dialog.setReference(QStringLiteral("AUT/2026/1"));
    QCoreApplication::processEvents();
    ASSERT_TRUE(dialog.refusalText().isEmpty());
    const int height = dialog.layout()->sizeHint().height();
    const QRect okPlace = dialog.findChild<QDialogButtonBox*>()->geometry();
    dialog.setReference(QString()); // "The decision reference is required."
    QCoreApplication::processEvents();
    ASSERT_FALSE(dialog.refusalText().isEmpty());
    EXPECT_EQ(dialog.layout()->sizeHint().height(), height) << "the refusal's place was kept";
    EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->geometry(), okPlace);
}
