// Accounts and four eyes in the window: signing in, the "Awaiting approval" view, the limits of
// each role shown in the window, account administration and the dashboard's count.
#include "accounts/AccountService.h"
#include "accounts/DecisionService.h"
#include "AccountsDialog.h"
#include "ApplicationsView.h"
#include "ApprovalView.h"
#include "CompanyPage.h"
#include "DashboardView.h"
#include "DecisionDialog.h"
#include "Localization.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "NewAccountDialog.h"
#include "PasswordDialog.h"
#include "ProductionsView.h"
#include "RightTimeline.h"
#include "services/CompanyService.h"
#include "services/RightService.h"
#include "TempRegister.h"
#include "UiSetup.h"

#include <gtest/gtest.h>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace cinereg;
using namespace cinereg::test;

namespace {
const QDate Today(2026, 11, 26);

QString passwordOf(const QString& login)
{
    return QStringLiteral("pass-of-%1!").arg(login);
}

GrantRules::GrantRequest nationalAccreditation()
{
    return {
        RightKind::National, QStringLiteral("ACN/2026/17"), {}, Today, ValidityEnd::defaultTerm()};
}

// A company holding an authorization (single-user mode), then the accounts: admin, a clerk,
// two approvers, an auditor and a disabled clerk.
class AccountsWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        company = t.reg().companies().add(sampleCompany(1)).value();
        ASSERT_TRUE(t.reg().rights().grant(company, {RightKind::Authorization,
                                                     QStringLiteral("AUT/2025/1"),
                                                     {},
                                                     QDate(2025, 1, 6),
                                                     ValidityEnd::noEnd()}));
        ASSERT_TRUE(t.reg().accounts().add(QStringLiteral("admin"), Role::Admin,
                                           QStringLiteral("Amina Alaoui"),
                                           passwordOf(QStringLiteral("admin"))));
        as(QStringLiteral("admin"));
        for (const auto& [login, role, name] :
             {std::tuple{QStringLiteral("nbennani"), Role::Clerk, QStringLiteral("Nadia Bennani")},
              std::tuple{QStringLiteral("kidrissi"), Role::Approver,
                         QStringLiteral("Karim Idrissi")},
              std::tuple{QStringLiteral("slahlou"), Role::Approver, QStringLiteral("Salma Lahlou")},
              std::tuple{QStringLiteral("audit"), Role::Auditor, QStringLiteral("Omar Tazi")},
              std::tuple{QStringLiteral("gone"), Role::Clerk, QStringLiteral("Youssef Amrani")}})
            ASSERT_TRUE(t.reg().accounts().add(login, role, name, passwordOf(login)));
        ASSERT_TRUE(t.reg().accounts().disable(QStringLiteral("gone")));
        t.reg().signOut();
    }

    void as(const QString& login)
    {
        const Outcome<Account> signedIn = t.reg().signIn(login, passwordOf(login));
        ASSERT_TRUE(signedIn) << signedIn.refusal().message.toStdString();
    }

    // The clerk proposes a national accreditation for the company.
    qint64 proposeAccreditation()
    {
        as(QStringLiteral("nbennani"));
        const Outcome<Submission> s = t.reg().decisions().grant(company, nationalAccreditation());
        EXPECT_TRUE(s) << (s ? "" : s.refusal().message.toStdString());
        return s ? s.value().proposal : 0;
    }

    bool nationalInForce()
    {
        for (const Right& r : t.reg().rights().ofCompany(company).accreditations)
            if (r.kind == RightKind::National)
                return true;
        return false;
    }

    TempRegister t{Today};
    qint64 company = 0;
};
} // namespace

TEST_F(AccountsWindow, LoginAcceptsTheRightPasswordAndSignsIn)
{
    ui::LoginDialog login(t.reg());
    login.setLogin(QStringLiteral("nbennani"));
    login.setPassword(passwordOf(QStringLiteral("nbennani")));
    login.accept();
    EXPECT_EQ(login.result(), QDialog::Accepted);
    EXPECT_TRUE(login.message().isEmpty());
    ASSERT_TRUE(t.reg().account());
    EXPECT_EQ(t.reg().account()->login, QStringLiteral("nbennani"));
    EXPECT_EQ(t.reg().user(), QStringLiteral("nbennani"));
}

TEST_F(AccountsWindow, LoginRefusesAWrongPasswordAnUnknownLoginAndADisabledAccountAndStays)
{
    ui::LoginDialog login(t.reg());
    login.show();
    const std::pair<QString, QString> attempts[] = {
        {QStringLiteral("nbennani"), QStringLiteral("not-her-password")},
        {QStringLiteral("nobody"), QStringLiteral("whatever-password")},
        {QStringLiteral("gone"), passwordOf(QStringLiteral("gone"))}};
    QStringList messages;
    for (const auto& [name, password] : attempts) {
        SCOPED_TRACE(name.toStdString());
        login.setLogin(name);
        login.setPassword(password);
        login.accept();
        EXPECT_TRUE(login.isVisible()) << "the dialog stays";
        EXPECT_NE(login.result(), QDialog::Accepted);
        EXPECT_FALSE(login.message().isEmpty());
        EXPECT_FALSE(t.reg().account()) << "nobody is signed in";
        messages.append(login.message());
    }
    // Unknown login and wrong password read alike (nothing tells which logins exist); a
    // disabled account is told so.
    EXPECT_EQ(messages[0], messages[1]);
    EXPECT_NE(messages[2], messages[0]);
    EXPECT_TRUE(messages[2].contains(QStringLiteral("disabled"), Qt::CaseInsensitive))
        << messages[2].toStdString();
    // Then the right password goes through.
    login.setLogin(QStringLiteral("kidrissi"));
    login.setPassword(passwordOf(QStringLiteral("kidrissi")));
    login.accept();
    EXPECT_EQ(login.result(), QDialog::Accepted);
    EXPECT_EQ(t.reg().user(), QStringLiteral("kidrissi"));
}

TEST_F(AccountsWindow, LoginOffersTheLanguageAndSwitchesTheDialogToIt)
{
    ui::LoginDialog login(t.reg());
    QComboBox* language = login.languageBox();
    const int arabic = language->findData(QStringLiteral("ar"));
    ASSERT_GE(arabic, 0);
    language->setCurrentIndex(arabic);
    Q_EMIT language->activated(arabic);
    QCoreApplication::processEvents();
    EXPECT_EQ(Localization::current(), QStringLiteral("ar"));
    EXPECT_EQ(login.layoutDirection(), Qt::RightToLeft);
    // Retranslated at once (the Arabic wording once the translations hold it).
    EXPECT_EQ(login.signInButton()->text(), ui::LoginDialog::tr("Sign in"));
    EXPECT_EQ(login.windowTitle(), ui::LoginDialog::tr("cinereg — sign in"));
    ui::UiSetup::applyLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    EXPECT_EQ(login.signInButton()->text(), QStringLiteral("Sign in"));
}

TEST_F(AccountsWindow, AClerksGrantIsRecordedAsAProposalAndNotShownInForce)
{
    as(QStringLiteral("nbennani"));
    ui::CompanyPage page(t.reg(), company);
    ui::DecisionDialog dialog(t.reg(), ui::DecisionDialog::Kind::GrantAccreditation, company, 0);
    dialog.setTier(RightKind::National);
    dialog.setReference(QStringLiteral("ACN/2026/17"));
    ASSERT_TRUE(dialog.refusalText().isEmpty()) << dialog.refusalText().toStdString();
    EXPECT_EQ(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->text(),
              QStringLiteral("Propose the decision"));
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted);
    const Submission done = dialog.submission();
    ASSERT_TRUE(done.proposed());
    EXPECT_TRUE(done.proposedMessage().contains(QString::number(done.proposal)));
    EXPECT_FALSE(nationalInForce()) << "a proposal is not in force";
    page.reload();
    EXPECT_EQ(page.rightCards().size(), 1) << "only the authorization: no accreditation card";
    EXPECT_TRUE(page.pendingText().contains(QString::number(done.proposal)))
        << page.pendingText().toStdString();
}

TEST_F(AccountsWindow, AnApproverApprovesAnotherPersonsProposalAndItTakesEffect)
{
    const qint64 proposal = proposeAccreditation();
    ASSERT_NE(proposal, 0);
    as(QStringLiteral("kidrissi"));
    ui::ApprovalView view(t.reg());
    ASSERT_EQ(view.count(), 1);
    const QTreeWidgetItem* row = view.list()->topLevelItem(0);
    EXPECT_EQ(row->text(2), sampleCompany(1).name);
    EXPECT_EQ(row->text(3), QStringLiteral("nbennani"));
    view.select(proposal);
    EXPECT_EQ(view.selectedId(), proposal);
    EXPECT_EQ(view.ruleCheckText(),
              QStringLiteral("The rules hold today: approving it puts it into effect."));
    ASSERT_TRUE(view.approveButton()->isEnabled()) << view.approveReason().toStdString();
    view.approveButton()->click();
    EXPECT_TRUE(view.message().contains(QString::number(proposal))) << view.message().toStdString();
    EXPECT_EQ(view.count(), 0);
    EXPECT_TRUE(nationalInForce());
    const Right national = t.reg().rights().ofCompany(company).accreditations.front();
    EXPECT_EQ(national.history.front().proposedBy, QStringLiteral("nbennani"));
    EXPECT_EQ(national.history.front().approvedBy, QStringLiteral("kidrissi"));
}

TEST_F(AccountsWindow, RejectingNeedsAReasonAndThenChangesNothingElse)
{
    const qint64 proposal = proposeAccreditation();
    as(QStringLiteral("kidrissi"));
    ui::ApprovalView view(t.reg());
    view.select(proposal);
    ASSERT_TRUE(view.rejectButton()->isEnabled()) << view.rejectReason().toStdString();
    view.rejectButton()->click(); // no reason typed
    EXPECT_FALSE(view.message().isEmpty());
    EXPECT_TRUE(view.message().contains(QStringLiteral("reason"), Qt::CaseInsensitive))
        << view.message().toStdString();
    EXPECT_EQ(t.reg().decisions().find(proposal)->status, ProposalStatus::Pending);
    EXPECT_EQ(view.count(), 1);

    view.reasonEdit()->setPlainText(QStringLiteral("Le capital déclaré n'est pas justifié."));
    view.rejectButton()->click();
    const std::optional<Proposal> rejected = t.reg().decisions().find(proposal);
    EXPECT_EQ(rejected->status, ProposalStatus::Rejected);
    EXPECT_EQ(rejected->rejectionReason, QStringLiteral("Le capital déclaré n'est pas justifié."));
    EXPECT_EQ(rejected->decidedBy, QStringLiteral("kidrissi"));
    EXPECT_EQ(view.count(), 0);
    EXPECT_FALSE(nationalInForce());
}

TEST_F(AccountsWindow, AnApproversOwnProposalCannotBeApprovedAndSaysWhy)
{
    as(QStringLiteral("kidrissi"));
    const Outcome<Submission> own = t.reg().decisions().grant(company, nationalAccreditation());
    ASSERT_TRUE(own && own.value().proposed());
    ui::ApprovalView view(t.reg());
    view.select(own.value().proposal);
    EXPECT_FALSE(view.approveButton()->isEnabled());
    EXPECT_FALSE(view.rejectButton()->isEnabled());
    EXPECT_FALSE(view.approveReason().isEmpty());
    EXPECT_EQ(
        view.approveReason(),
        t.reg().decisions().wouldApprove(own.value().proposal).refusal().message); // the core's
                                                                                   // words
    // The rule check as of today is still shown: the decision itself is acceptable.
    EXPECT_EQ(view.ruleCheckText(),
              QStringLiteral("The rules hold today: approving it puts it into effect."));
    view.approve(); // even forced, the core refuses it
    EXPECT_EQ(t.reg().decisions().find(own.value().proposal)->status, ProposalStatus::Pending);
    // Another approver can.
    as(QStringLiteral("slahlou"));
    view.reload();
    view.select(own.value().proposal);
    EXPECT_TRUE(view.approveButton()->isEnabled()) << view.approveReason().toStdString();
}

TEST_F(AccountsWindow, AClerkSeesTheProposalsButMayNotApproveThem)
{
    const qint64 proposal = proposeAccreditation();
    as(QStringLiteral("nbennani"));
    ui::ApprovalView view(t.reg());
    view.select(proposal);
    EXPECT_FALSE(view.approveButton()->isEnabled());
    EXPECT_FALSE(view.rejectButton()->isEnabled());
    EXPECT_TRUE(view.approveReason().contains(RolePolicy::name(Role::Approver)))
        << view.approveReason().toStdString();
}

TEST_F(AccountsWindow, WhatTheRoleMayNotDoIsDisabledWithTheRoleItNeeds)
{
    as(QStringLiteral("audit"));
    ui::MainWindow window(t.reg());
    for (const char* name :
         {"newCompany", "newDossier", "importCompanies", "settings", "batchPrint", "publish"}) {
        SCOPED_TRACE(name);
        QAction* action = window.action(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr);
        EXPECT_FALSE(action->isEnabled());
        EXPECT_FALSE(action->toolTip().isEmpty());
    }
    EXPECT_TRUE(window.action(QStringLiteral("newCompany"))
                    ->toolTip()
                    .contains(RolePolicy::name(Role::Clerk)))
        << window.action(QStringLiteral("newCompany"))->toolTip().toStdString();
    EXPECT_TRUE(window.accountText().contains(QStringLiteral("audit")));
    EXPECT_TRUE(window.accountText().contains(RolePolicy::name(Role::Auditor)));
    ui::CompanyPage* page = window.openCompany(company);
    for (QPushButton* b : page->decisionButtons()) {
        EXPECT_FALSE(b->isEnabled()) << b->text().toStdString();
        EXPECT_TRUE(b->toolTip().contains(RolePolicy::name(Role::Clerk)))
            << b->toolTip().toStdString();
    }
    EXPECT_FALSE(page->saveButton()->isEnabled());
    EXPECT_FALSE(page->recordProductionButton()->isEnabled());
    // The views' own buttons too: a new dossier, a production.
    const auto button = [](QWidget* view, const QString& text) -> QPushButton* {
        for (QPushButton* b : view->findChildren<QPushButton*>())
            if (b->text() == text)
                return b;
        return nullptr;
    };
    QPushButton* newDossier = button(window.applicationsView(), QStringLiteral("New dossier…"));
    QPushButton* production =
        button(window.productionsView(), QStringLiteral("Record a production…"));
    ASSERT_TRUE(newDossier && production);
    EXPECT_FALSE(newDossier->isEnabled());
    EXPECT_FALSE(production->isEnabled());
    EXPECT_TRUE(production->toolTip().contains(RolePolicy::name(Role::Clerk)))
        << production->toolTip().toStdString();

    // A clerk may propose, and sees the grant buttons enabled; the admin manages accounts, not
    // decisions.
    as(QStringLiteral("nbennani"));
    ui::MainWindow clerkWindow(t.reg());
    EXPECT_TRUE(clerkWindow.action(QStringLiteral("newCompany"))->isEnabled());
    EXPECT_FALSE(clerkWindow.action(QStringLiteral("settings"))->isEnabled());
    ui::CompanyPage* clerkPage = clerkWindow.openCompany(company);
    EXPECT_TRUE(clerkPage->decisionButtons().front()->isEnabled());
    as(QStringLiteral("admin"));
    ui::MainWindow adminWindow(t.reg());
    EXPECT_TRUE(adminWindow.action(QStringLiteral("settings"))->isEnabled());
    EXPECT_TRUE(adminWindow.action(QStringLiteral("accounts"))->isEnabled());
    EXPECT_FALSE(adminWindow.openCompany(company)->decisionButtons().front()->isEnabled());
}

TEST_F(AccountsWindow, TheHomeDashboardCountsTheProposalsAwaitingApproval)
{
    proposeAccreditation();
    const Outcome<Submission> second =
        t.reg().decisions().grant(company, {RightKind::International,
                                            QStringLiteral("ACI/2026/3"),
                                            {},
                                            Today,
                                            ValidityEnd::defaultTerm()});
    ASSERT_TRUE(second) << second.refusal().message.toStdString();
    as(QStringLiteral("kidrissi"));
    ui::MainWindow window(t.reg());
    ui::DashboardView* home = window.dashboard();
    home->reload();
    EXPECT_TRUE(home->tileShown(ui::DashboardView::PendingProposals));
    EXPECT_EQ(home->countText(ui::DashboardView::PendingProposals), QStringLiteral("2"));
    ASSERT_NE(window.approvalView(), nullptr);
    window.approvalView()->select(second.value().proposal);
    window.approvalView()->reasonEdit()->setPlainText(QStringLiteral("Pas encore."));
    window.approvalView()->reject();
    QCoreApplication::processEvents();
    EXPECT_EQ(home->countText(ui::DashboardView::PendingProposals), QStringLiteral("1"));
    EXPECT_EQ(window.tabs()->tabText(window.tabs()->indexOf(window.approvalView())),
              QStringLiteral("Awaiting approval (1)"));
}

TEST(AccountsWindowSingleUser, NoAccountNoLoginNoApprovalTabAndTheFirstAccountIsAnAdmin)
{
    TempRegister t(Today);
    ui::MainWindow window(t.reg());
    EXPECT_EQ(window.approvalView(), nullptr);
    EXPECT_FALSE(window.dashboard()->tileShown(ui::DashboardView::PendingProposals));
    EXPECT_TRUE(window.accountText().isEmpty());
    ASSERT_NE(window.action(QStringLiteral("firstAccount")), nullptr);
    EXPECT_TRUE(window.action(QStringLiteral("newCompany"))->isEnabled());

    ui::NewAccountDialog first(t.reg());
    EXPECT_TRUE(first.firstAccount());
    first.setRole(Role::Clerk); // fixed: the first account is an admin
    first.setLogin(QStringLiteral("admin"));
    first.setFullName(QStringLiteral("Amina Alaoui"));
    first.setPasswords(QStringLiteral("long-enough-1"), QStringLiteral("long-enough-2"));
    EXPECT_FALSE(first.refusalText().isEmpty()) << "the two passwords differ";
    EXPECT_FALSE(first.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
    first.setPasswords(QStringLiteral("short"), QStringLiteral("short"));
    EXPECT_FALSE(first.refusalText().isEmpty()) << "too short: the core says so";
    first.setPasswords(QStringLiteral("long-enough-1"), QStringLiteral("long-enough-1"));
    EXPECT_TRUE(first.refusalText().isEmpty()) << first.refusalText().toStdString();
    first.accept();
    ASSERT_EQ(first.result(), QDialog::Accepted);
    EXPECT_EQ(first.account().role, Role::Admin);
    EXPECT_TRUE(t.reg().hasAccounts());
}

TEST_F(AccountsWindow, AClerkChangesHerOwnPasswordButNoOneElses)
{
    as(QStringLiteral("nbennani"));
    ui::AccountsDialog dialog(t.reg());
    dialog.select(QStringLiteral("kidrissi"));
    EXPECT_FALSE(dialog.passwordButton()->isEnabled());
    dialog.select(QStringLiteral("nbennani"));
    ASSERT_TRUE(dialog.passwordButton()->isEnabled())
        << dialog.passwordButton()->toolTip().toStdString();
    EXPECT_FALSE(dialog.activeButton()->isEnabled()); // the rest stays an admin's

    ui::PasswordDialog change(t.reg(), QStringLiteral("nbennani"));
    change.setPasswords(QStringLiteral("a new secret"), QStringLiteral("a new secret"));
    change.accept();
    EXPECT_EQ(change.result(), QDialog::Accepted) << change.refusalText().toStdString();
    EXPECT_TRUE(t.reg().accounts().authenticate(QStringLiteral("nbennani"),
                                                QStringLiteral("a new secret")));
    EXPECT_FALSE(t.reg().accounts().authenticate(QStringLiteral("nbennani"),
                                                 passwordOf(QStringLiteral("nbennani"))));
}

TEST_F(AccountsWindow, TheAdminDisablesEnablesAndChangesRolesRefusalsShown)
{
    as(QStringLiteral("admin"));
    ui::AccountsDialog dialog(t.reg());
    EXPECT_EQ(dialog.list()->topLevelItemCount(), 6);
    dialog.select(QStringLiteral("nbennani"));
    dialog.toggleActive();
    EXPECT_TRUE(dialog.message().isEmpty()) << dialog.message().toStdString();
    EXPECT_FALSE(t.reg().accounts().find(QStringLiteral("nbennani"))->active);
    dialog.toggleActive();
    EXPECT_TRUE(t.reg().accounts().find(QStringLiteral("nbennani"))->active);
    dialog.changeRole(int(Role::Approver));
    EXPECT_EQ(t.reg().accounts().find(QStringLiteral("nbennani"))->role, Role::Approver);
    // The last admin stays: the core's refusal is shown, nothing changes.
    dialog.select(QStringLiteral("admin"));
    dialog.toggleActive();
    EXPECT_FALSE(dialog.message().isEmpty());
    EXPECT_TRUE(t.reg().accounts().find(QStringLiteral("admin"))->active);

    // Another role sees the list, the buttons disabled with the role they need.
    as(QStringLiteral("kidrissi"));
    ui::AccountsDialog readOnly(t.reg());
    readOnly.select(QStringLiteral("audit"));
    EXPECT_FALSE(readOnly.newButton()->isEnabled());
    EXPECT_FALSE(readOnly.activeButton()->isEnabled());
    EXPECT_TRUE(readOnly.newButton()->toolTip().contains(RolePolicy::name(Role::Admin)))
        << readOnly.newButton()->toolTip().toStdString();
}

TEST_F(AccountsWindow, WhenTheRulesNoLongerHoldTheCheckSaysWhyAndOnlyRejectRemains)
{
    // Two proposals of the same national accreditation: once the first takes effect, the
    // second overlaps it.
    const qint64 first = proposeAccreditation();
    const qint64 second = proposeAccreditation();
    ASSERT_NE(second, 0);
    as(QStringLiteral("kidrissi"));
    ui::ApprovalView view(t.reg());
    view.select(first);
    view.approve();
    ASSERT_TRUE(nationalInForce()) << view.message().toStdString();
    view.select(second);
    EXPECT_EQ(view.selectedId(), second);
    EXPECT_EQ(view.ruleCheckText(), t.reg().decisions().wouldApprove(second).refusal().message);
    EXPECT_NE(view.ruleCheckText(),
              QStringLiteral("The rules hold today: approving it puts it into effect."));
    EXPECT_FALSE(view.approveButton()->isEnabled());
    EXPECT_TRUE(view.rejectButton()->isEnabled()) << view.rejectReason().toStdString();
    view.approve(); // forced: refused by the core, still pending
    EXPECT_EQ(t.reg().decisions().find(second)->status, ProposalStatus::Pending);
    EXPECT_FALSE(view.message().isEmpty());
}
