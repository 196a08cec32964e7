// What every form does the same way: Tab reaches every input in visual order, required fields
// are marked, the reason Save is disabled is shown, messages do not make the form jump. And the
// home dashboard's lists show their columns whole.
#include "accounts/AccountService.h"
#include "CompanyForm.h"
#include "CompanyPage.h"
#include "DashboardView.h"
#include "DecisionDialog.h"
#include "ImportDialog.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NewAccountDialog.h"
#include "NewApplicationDialog.h"
#include "NewCompanyDialog.h"
#include "PasswordDialog.h"
#include "ProductionDialog.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "SettingsDialog.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStyle>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cinereg;
using namespace cinereg::test;
using Kind = ui::DecisionDialog::Kind;

namespace {
const QDate Today(2026, 11, 26);

// The widget a clerk fills: a line edit inside a combo box or a date edit is that box.
QWidget* inputOf(QWidget* w)
{
    for (QWidget* p = w ? w->parentWidget() : nullptr; p; p = p->parentWidget())
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p))
            return p;
    return w;
}

bool isInput(QWidget* w)
{
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QCheckBox*>(w) ||
           qobject_cast<QListWidget*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
           qobject_cast<QTableWidget*>(w);
}

// The inputs of `area` a clerk can reach (shown, enabled, taking focus by Tab).
QList<QWidget*> inputsIn(QWidget* area)
{
    QList<QWidget*> out;
    for (QWidget* w : area->findChildren<QWidget*>())
        if (isInput(w) && inputOf(w) == w && w->isVisibleTo(area->window()) && w->isEnabled() &&
            (w->focusPolicy() & Qt::TabFocus))
            out.append(w);
    return out;
}

QRect placeOf(QWidget* w)
{
    return QRect(w->mapTo(w->window(), QPoint(0, 0)), w->size());
}

// Presses Tab from the first input of `area` until focus comes back to it; returns the inputs
// of `area` reached, in order (other stops, such as buttons, are passed).
QList<QWidget*> walkTabs(QWidget* area, QWidget* first)
{
    first->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    QList<QWidget*> reached{first};
    for (int step = 0; step < 400; ++step) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = inputOf(QApplication::focusWidget());
        if (now == first)
            break;
        if (now && area->isAncestorOf(now) && isInput(now) && !reached.contains(now))
            reached.append(now);
    }
    return reached;
}

QString nameOf(QWidget* w)
{
    return QStringLiteral("%1 \"%2\" at %3,%4")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->accessibleName())
        .arg(placeOf(w).x())
        .arg(placeOf(w).y());
}

// Every input reached, each after the one above it or, on the same row, after the one before
// it in the reading direction.
void expectVisualTabOrder(QWidget* area, const char* what)
{
    SCOPED_TRACE(what);
    QWidget* window = area->window();
    window->show(); // laid out, so that places are known
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window));
    QList<QWidget*> inputs = inputsIn(area);
    ASSERT_FALSE(inputs.isEmpty());
    std::sort(inputs.begin(), inputs.end(), [](QWidget* a, QWidget* b) {
        const QRect ra = placeOf(a), rb = placeOf(b);
        return ra.center().y() != rb.center().y() ? ra.center().y() < rb.center().y()
                                                  : ra.x() < rb.x();
    });
    const QList<QWidget*> reached = walkTabs(area, inputs.front());
    for (QWidget* w : inputs)
        EXPECT_TRUE(reached.contains(w)) << "never reached by Tab: " << nameOf(w).toStdString();
    const bool rtl = area->layoutDirection() == Qt::RightToLeft;
    for (int i = 1; i < reached.size(); ++i) {
        const QRect before = placeOf(reached[i - 1]), now = placeOf(reached[i]);
        const bool above = now.bottom() < before.top();
        const bool sameRow = now.top() < before.bottom() && before.top() < now.bottom();
        const bool backwards = sameRow && (rtl ? now.x() > before.x() : now.x() < before.x());
        EXPECT_FALSE(above || backwards)
            << nameOf(reached[i]).toStdString() << " comes after "
            << nameOf(reached[i - 1]).toStdString() << " (Tab reached " << i << " of "
            << reached.size() << ", starting at " << nameOf(reached[0]).toStdString() << ")";
    }
}

qint64 authorizedCompany(Register& reg, int n)
{
    const qint64 id = reg.companies().add(sampleCompany(n)).value();
    reg.rights().grant(id, {RightKind::Authorization,
                            QStringLiteral("AUT-%1").arg(n),
                            {},
                            QDate(2025, 1, 1),
                            ValidityEnd::noEnd()});
    return id;
}
} // namespace

TEST(FormTabOrder, TabReachesEveryInputOfEveryFormInVisualOrder)
{
    TempRegister t(Today);
    const qint64 company = authorizedCompany(t.reg(), 1);
    const qint64 authorization = t.reg().rights().ofCompany(company).authorizations[0].id;
    {
        ui::NewCompanyDialog dialog(t.reg());
        expectVisualTabOrder(dialog.form(), "new company");
    }
    {
        ui::CompanyPage page(t.reg(), company);
        page.resize(1280, 900);
        page.reload();
        expectVisualTabOrder(page.identityForm(), "company page, identity");
    }
    for (Kind kind : {Kind::GrantAuthorization, Kind::GrantAccreditation, Kind::Suspend}) {
        ui::DecisionDialog dialog(t.reg(), kind, company,
                                  kind == Kind::Suspend ? authorization : 0);
        expectVisualTabOrder(&dialog, "decision");
    }
    {
        ui::ProductionDialog dialog(t.reg());
        dialog.setKind(ProductionKind::Foreign); // every field enabled
        expectVisualTabOrder(&dialog, "production");
    }
    {
        ui::NewApplicationDialog dialog(t.reg());
        expectVisualTabOrder(&dialog, "new dossier");
    }
    {
        ui::SettingsDialog dialog(t.reg());
        expectVisualTabOrder(&dialog, "settings");
    }
    {
        ui::ImportDialog dialog(t.reg(), ui::ImportDialog::Kind::Companies);
        expectVisualTabOrder(&dialog, "import");
    }
    {
        ui::NewAccountDialog dialog(t.reg()); // the first account: its role fixed to admin
        expectVisualTabOrder(&dialog, "first account");
    }
    ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("admin"), Role::Admin,
                                       QStringLiteral("Amina Alaoui"),
                                       QStringLiteral("admin-password")));
    ASSERT_TRUE(t.reg().signIn(QStringLiteral("admin"), QStringLiteral("admin-password")));
    {
        ui::NewAccountDialog dialog(t.reg()); // every field, the role included
        expectVisualTabOrder(&dialog, "new account");
    }
    {
        ui::PasswordDialog dialog(t.reg(), QStringLiteral("admin"));
        expectVisualTabOrder(&dialog, "new password");
    }
    {
        ui::LoginDialog dialog(t.reg());
        expectVisualTabOrder(&dialog, "sign in");
    }
}

TEST(FormRequiredFields, RequiredFieldsAreMarkedWithTheLegendAndInTheirAccessibleName)
{
    TempRegister t(Today);
    const auto labelOf = [](QWidget* field) {
        for (QWidget* p = field->parentWidget(); p; p = p->parentWidget())
            for (QFormLayout* form : p->findChildren<QFormLayout*>())
                if (auto* label = qobject_cast<QLabel*>(form->labelForField(field)))
                    return label->text();
        return QString();
    };
    ui::NewCompanyDialog dialog(t.reg());
    const auto line = [&](const QString& accessible) -> QWidget* {
        for (QWidget* w : dialog.form()->inputs())
            if (w->accessibleName().startsWith(accessible))
                return w;
        return nullptr;
    };
    QWidget* name = line(QStringLiteral("Name (Latin script)"));
    QWidget* nameAr = line(QStringLiteral("Name (Arabic script)"));
    QWidget* email = line(QStringLiteral("E-mail"));
    ASSERT_TRUE(name && nameAr && email);
    EXPECT_EQ(labelOf(name), QStringLiteral("Name (Latin script) *"));
    EXPECT_EQ(name->accessibleName(), QStringLiteral("Name (Latin script) (required)"));
    EXPECT_EQ(labelOf(nameAr), QStringLiteral("Name (Arabic script)"))
        << "the core requires it not";
    EXPECT_EQ(labelOf(email), QStringLiteral("E-mail"));
    bool legend = false;
    for (QLabel* l : dialog.findChildren<QLabel*>())
        legend = legend || l->text() == QStringLiteral("* required field");
    EXPECT_TRUE(legend);

    ui::DecisionDialog suspend(t.reg(), Kind::GrantAuthorization,
                               t.reg().companies().add(sampleCompany(2)).value(), 0);
    QLineEdit* reference = suspend.findChild<QLineEdit*>();
    EXPECT_TRUE(labelOf(reference).endsWith(QStringLiteral(" *")));
    EXPECT_TRUE(reference->accessibleName().endsWith(QStringLiteral("(required)")));
}

TEST(FormSaveReason, WhenSaveIsDisabledTheFirstRuleNotMetIsShownNamingTheField)
{
    TempRegister t(Today);
    ui::NewCompanyDialog dialog(t.reg());
    QPushButton* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    const auto reasonShown = [&dialog](const QString& text) {
        for (QLabel* l : dialog.findChildren<QLabel*>())
            if (l->isVisibleTo(&dialog) && l->text() == text)
                return true;
        return false;
    };
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_EQ(dialog.form()->firstProblem(), QStringLiteral("The company name is required."));
    EXPECT_TRUE(reasonShown(QStringLiteral("The company name is required.")));
    Company c = sampleCompany(3);
    c.ice = QStringLiteral("001561191000065"); // its check key fails
    dialog.form()->setCompany(c);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(dialog.form()->firstProblem().contains(QStringLiteral("ICE")))
        << dialog.form()->firstProblem().toStdString();
    EXPECT_TRUE(reasonShown(dialog.form()->firstProblem()));
    c.ice = validIce(3);
    dialog.form()->setCompany(c);
    EXPECT_TRUE(ok->isEnabled());
    EXPECT_TRUE(dialog.form()->firstProblem().isEmpty());

    // The company page: Save says why it waits.
    const qint64 id = t.reg().companies().add(sampleCompany(4)).value();
    ui::CompanyPage page(t.reg(), id);
    page.reload();
    EXPECT_FALSE(page.saveButton()->isEnabled());
    EXPECT_FALSE(page.saveReason().isEmpty());
    QLineEdit* city = nullptr;
    for (QWidget* w : page.identityForm()->inputs())
        if (w->accessibleName().startsWith(QStringLiteral("City")))
            city = qobject_cast<QLineEdit*>(w);
    ASSERT_NE(city, nullptr);
    city->selectAll();
    QTest::keyClick(city, Qt::Key_Delete);
    EXPECT_FALSE(page.saveButton()->isEnabled());
    EXPECT_EQ(page.saveReason(), QStringLiteral("The city is required."));
    QTest::keyClicks(city, QStringLiteral("Tanger"));
    EXPECT_TRUE(page.saveButton()->isEnabled());
    EXPECT_TRUE(page.saveReason().isEmpty());
}

TEST(FormMessages, AFieldsMessageDoesNotMakeTheFormJump)
{
    TempRegister t(Today);
    ui::NewCompanyDialog dialog(t.reg());
    dialog.form()->setCompany(sampleCompany(5));
    dialog.show();
    QCoreApplication::processEvents();
    const QList<QWidget*> inputs = dialog.form()->inputs();
    QList<QRect> before;
    for (QWidget* w : inputs)
        before.append(placeOf(w));
    const QRect buttons = placeOf(dialog.findChild<QDialogButtonBox*>());
    QLineEdit* ice = nullptr;
    for (QWidget* w : inputs)
        if (w->accessibleName().startsWith(QStringLiteral("ICE")))
            ice = qobject_cast<QLineEdit*>(w);
    ASSERT_NE(ice, nullptr);
    ice->setFocus();
    QTest::keyClick(ice, Qt::Key_Backspace); // 14 digits: the core's message for the ICE
    QCoreApplication::processEvents();
    ASSERT_FALSE(dialog.form()->problemFor(QStringLiteral("ice")).isEmpty());
    EXPECT_EQ(ice->toolTip(), dialog.form()->problemFor(QStringLiteral("ice")));
    for (int i = 0; i < inputs.size(); ++i)
        EXPECT_EQ(placeOf(inputs[i]), before[i]) << nameOf(inputs[i]).toStdString();
    EXPECT_EQ(placeOf(dialog.findChild<QDialogButtonBox*>()), buttons);
}

TEST(DashboardColumns, NoColumnIsCutAtTheDefaultWindowSizeInFrenchAndArabic)
{
    TempRegister t(Today);
    GeneratorOptions options;
    options.companies = 60;
    generateRegister(t.reg(), options);
    for (const QString& lang : {QStringLiteral("fr"), QStringLiteral("ar")}) {
        SCOPED_TRACE(lang.toStdString());
        ui::UiSetup::applyLanguage(lang);
        ui::MainWindow window(t.reg()); // its default size
        window.tabs()->setCurrentIndex(0);
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(window.dashboard(), &ui::DashboardView::loaded);
        if (window.dashboard()->loading())
            ASSERT_TRUE(loaded.wait(10000));
        QCoreApplication::processEvents();
        ui::DashboardView* home = window.dashboard();
        for (QTreeWidget* list :
             {home->expiring(), home->suspended(), home->dossiers(), home->inactive()}) {
            SCOPED_TRACE(list->headerItem()->text(0).toStdString());
            ASSERT_GT(list->topLevelItemCount(), 0);
            QString widths;
            for (int c = 0; c < list->columnCount(); ++c)
                widths += QStringLiteral(" %1").arg(list->header()->sectionSize(c));
            EXPECT_EQ(list->horizontalScrollBar()->maximum(), 0)
                << "the last column is cut; widths" << widths.toStdString() << " in "
                << list->viewport()->width();
            QHeaderView* header = list->header();
            for (int c = 0; c < list->columnCount(); ++c) {
                const int width = header->sectionSize(c);
                const int heading =
                    header->fontMetrics().horizontalAdvance(list->headerItem()->text(c)) +
                    2 * list->style()->pixelMetric(QStyle::PM_HeaderMargin);
                EXPECT_GE(width, heading) << "heading of column " << c;
                for (int row = 0; row < list->topLevelItemCount(); ++row) {
                    QTreeWidgetItem* item = list->topLevelItem(row);
                    const int needed =
                        list->fontMetrics().horizontalAdvance(item->text(c)) +
                        2 * (list->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1);
                    EXPECT_GE(width, needed)
                        << "column " << c << ": " << item->text(c).toStdString();
                }
            }
        }
    }
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
}
