#include "MainWindow.h"

#include "accounts/AccountService.h"
#include "AccountsDialog.h"
#include "ApplicationPage.h"
#include "ApplicationsView.h"
#include "ApprovalView.h"
#include "BatchPrintDialog.h"
#include "CompanyPage.h"
#include "ConnectDialog.h"
#include "DashboardView.h"
#include "DateText.h"
#include "EligibilityView.h"
#include "ExportDialog.h"
#include "GuardedApplication.h"
#include "ImportDialog.h"
#include "Localization.h"
#include "NewAccountDialog.h"
#include "NewCompanyDialog.h"
#include "ProductionsView.h"
#include "PublishPage.h"
#include "RegisterView.h"
#include "RoleGate.h"
#include "services/ChangeFeed.h"
#include "services/Register.h"
#include "SettingsDialog.h"
#include "StatisticsView.h"
#include "StorageError.h"
#include "StorageFailureBar.h"
#include "UiSetup.h"
#include "VerifyDialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cinereg::ui {

MainWindow::MainWindow(Register& reg, QWidget* parent) : QMainWindow(parent), m_reg(reg)
{
    // Every view follows the register's change feed; what other programs write to the same file
    // is noticed by polling.
    m_reg.changes().watchOtherConnections();
    // On a server: a lost connection is shown at once and the feed reconnects in the background.
    connect(&m_reg.changes(), &ChangeFeed::connectionLost, this, &MainWindow::showServerLost);
    connect(&m_reg.changes(), &ChangeFeed::connectionRestored, this, &MainWindow::serverBack);
    build();
    resize(1280, 800);
    // A storage failure that no dialog caught (a view reading a locked or failing file) is
    // shown here, with Retry reloading the views, instead of ending the program.
    GuardedApplication::setStorageFailureHandler([this](const QString& message) {
        if (m_serverLost)
            return; // the banner already says why, and the feed retries
        m_storage->report(message, [this] { reloadViews(); });
        // On a server, a read that failed because the server is gone says so at once.
        if (m_reg.isOnServer())
            m_reg.changes().checkOtherConnections();
    });
}

MainWindow::~MainWindow()
{
    GuardedApplication::setStorageFailureHandler(nullptr);
}

void MainWindow::build()
{
    setWindowTitle(
        tr("cinereg — register of film production rights — %1").arg(m_reg.displayName()));
    m_tabs = new QTabWidget;
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_dashboard = new DashboardView(m_reg, m_tabs);
    m_register = new RegisterView(m_reg, m_tabs);
    m_eligibility = new EligibilityView(m_reg, m_tabs);
    m_productions = new ProductionsView(m_reg, m_tabs);
    m_tabs->addTab(m_dashboard, tr("Home"));
    m_tabs->addTab(m_register, tr("Register"));
    m_tabs->addTab(m_eligibility, tr("Who may execute?"));
    m_tabs->addTab(m_productions, tr("Productions"));
    m_applications = new ApplicationsView(m_reg, m_tabs);
    m_tabs->addTab(m_applications, tr("Dossiers"));
    m_statistics = new StatisticsView(m_reg, m_tabs);
    m_tabs->addTab(m_statistics, tr("Statistics"));
    m_approvals = nullptr;
    if (m_reg.hasAccounts()) { // four eyes: the proposals awaiting an approver
        m_approvals = new ApprovalView(m_reg, m_tabs);
        m_tabs->addTab(m_approvals, tr("Awaiting approval"));
        connect(m_approvals, &ApprovalView::companyActivated, this, &MainWindow::openCompany);
        connect(m_approvals, &ApprovalView::countChanged, this, [this](int pending) {
            m_tabs->setTabText(m_tabs->indexOf(m_approvals),
                               tr("Awaiting approval (%1)").arg(pending));
        });
        m_approvals->reload();
    }
    m_fixedTabs = m_tabs->count();
    for (int i = 0; i < m_fixedTabs; ++i) { // the views stay; company and dossier tabs close
        m_tabs->tabBar()->setTabButton(i, QTabBar::RightSide, nullptr);
        m_tabs->tabBar()->setTabButton(i, QTabBar::LeftSide, nullptr);
    }
    m_tabs->setCurrentWidget(m_register);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index >= m_fixedTabs) {
            m_tabs->widget(index)->deleteLater();
            m_tabs->removeTab(index);
        }
    });
    connect(m_register, &RegisterView::companyActivated, this, &MainWindow::openCompany);
    connect(m_dashboard, &DashboardView::companyActivated, this, &MainWindow::openCompany);
    connect(m_applications, &ApplicationsView::applicationActivated, this,
            &MainWindow::openApplication);
    connect(m_dashboard, &DashboardView::applicationActivated, this, &MainWindow::openApplication);
    m_storage = new StorageFailureBar;
    auto* central = new QWidget;
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_storage);
    column->addWidget(m_tabs);
    if (m_serverLost || !m_reg.changes().isConnected()) // rebuilt while the server is away
        QTimer::singleShot(0, this, &MainWindow::showServerLost);
    QWidget* old = centralWidget();
    setCentralWidget(central);
    if (old)
        old->deleteLater();
    buildMenus();
    statusBar()->showMessage(statusText());
    // Who is signed in, and as what, stays in view (a permanent part of the status bar).
    delete m_account;
    m_account = nullptr;
    const QString signedIn = RoleGate::signedInText(m_reg);
    if (!signedIn.isEmpty()) {
        m_account = new QLabel(signedIn);
        m_account->setObjectName(QStringLiteral("account"));
        statusBar()->addPermanentWidget(m_account);
    }
    // The dashboard reads the whole register: filled once the window is on screen.
    QTimer::singleShot(0, m_dashboard, &DashboardView::reload);
    QTimer::singleShot(0, m_applications, &ApplicationsView::reload);
}

void MainWindow::buildMenus()
{
    menuBar()->clear();
    QMenu* file = menuBar()->addMenu(tr("&Register"));
    file->setToolTipsVisible(true); // what the role may not do says why
    file->addAction(tr("&New company…"), QKeySequence::New, this, &MainWindow::newCompany)
        ->setObjectName(QStringLiteral("newCompany"));
    file->addAction(tr("New &dossier…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    [this] { m_applications->newApplication(); })
        ->setObjectName(QStringLiteral("newDossier"));
    file->addAction(tr("&Find a company"), QKeySequence::Find, this, [this] {
        m_tabs->setCurrentWidget(m_register);
        m_register->focusSearch();
    });
    file->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refreshAll);
    file->addAction(tr("Open the &demonstration register"), this, &MainWindow::openDemonstration);
    file->addSeparator();
    file->addAction(tr("&Connect to a server…"), this, &MainWindow::connectToServer);
    QMenu* recent = file->addMenu(tr("Recent ser&vers"));
    const QStringList servers = ConnectDialog::recentServers();
    recent->setEnabled(!servers.isEmpty());
    for (const QString& server : servers)
        recent->addAction(server, this, [this, server] { Q_EMIT openRequested(server); });
    file->addAction(tr("&Open a register file…"), QKeySequence::Open, this, &MainWindow::openFile);
    file->addSeparator();
    const auto importSheet = [this](ImportDialog::Kind kind) {
        ImportDialog dialog(m_reg, kind, this);
        connect(&dialog, &ImportDialog::registerChanged, this, &MainWindow::refreshAll);
        dialog.exec();
    };
    file->addAction(tr("&Import companies…"), this,
                    [importSheet] { importSheet(ImportDialog::Kind::Companies); })
        ->setObjectName(QStringLiteral("importCompanies"));
    file->addAction(tr("Import &rights…"), this,
                    [importSheet] { importSheet(ImportDialog::Kind::Rights); })
        ->setObjectName(QStringLiteral("importRights"));
    const auto exportSheet = [this](ExportDialog::What what) {
        ExportDialog dialog(m_reg, what, this);
        dialog.exec();
    };
    file->addAction(tr("&Export companies…"), this,
                    [exportSheet] { exportSheet(ExportDialog::What::Companies); });
    file->addAction(tr("Export a &body's members…"), this,
                    [exportSheet] { exportSheet(ExportDialog::What::BodyMembers); });
    file->addAction(tr("Export ri&ghts…"), this,
                    [exportSheet] { exportSheet(ExportDialog::What::Rights); });
    file->addSeparator();
    file->addAction(tr("&Settings…"), this,
                    [this] {
                        SettingsDialog dialog(m_reg, this);
                        if (dialog.exec() == QDialog::Accepted)
                            build();
                    })
        ->setObjectName(QStringLiteral("settings"));
    file->addAction(tr("&Publish the verification page…"), this,
                    [this] { PublishPage::ask(m_reg, this); })
        ->setObjectName(QStringLiteral("publish"));
    file->addSeparator();
    if (m_reg.hasAccounts())
        file->addAction(tr("&Accounts…"), this, &MainWindow::openAccounts)
            ->setObjectName(QStringLiteral("accounts"));
    else
        file->addAction(tr("Create the first &account…"), this, &MainWindow::createFirstAccount)
            ->setObjectName(QStringLiteral("firstAccount"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Home"), QKeySequence(Qt::CTRL | Qt::Key_1), this,
                    [this] { m_tabs->setCurrentIndex(0); });
    view->addAction(tr("Re&gister"), QKeySequence(Qt::CTRL | Qt::Key_2), this,
                    [this] { m_tabs->setCurrentIndex(1); });
    view->addAction(tr("&Who may execute?"), QKeySequence(Qt::CTRL | Qt::Key_3), this,
                    [this] { m_tabs->setCurrentIndex(2); });
    view->addAction(tr("&Productions"), QKeySequence(Qt::CTRL | Qt::Key_4), this,
                    [this] { m_tabs->setCurrentIndex(3); });
    view->addAction(tr("&Dossiers"), QKeySequence(Qt::CTRL | Qt::Key_5), this,
                    [this] { m_tabs->setCurrentIndex(4); });
    view->addAction(tr("&Statistics"), QKeySequence(Qt::CTRL | Qt::Key_6), this,
                    [this] { m_tabs->setCurrentIndex(5); });
    if (m_approvals)
        view->addAction(tr("&Awaiting approval"), QKeySequence(Qt::CTRL | Qt::Key_7), this,
                        [this] { m_tabs->setCurrentWidget(m_approvals); });
    view->addAction(tr("&Close the company tab"), QKeySequence::Close, this, [this] {
        if (m_tabs->currentIndex() >= m_fixedTabs)
            Q_EMIT m_tabs->tabCloseRequested(m_tabs->currentIndex());
    });

    // Language names are written in their own language, so that anyone can find theirs.
    QMenu* certificates = menuBar()->addMenu(tr("&Certificates"));
    certificates->setToolTipsVisible(true);
    certificates
        ->addAction(tr("&Batch printing…"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                    [this] {
                        BatchPrintDialog dialog(m_reg, m_register->selectedCompanyIds(), this);
                        dialog.exec(); // what it issued reaches every view through the change feed
                    })
        ->setObjectName(QStringLiteral("batchPrint"));
    certificates->addAction(tr("&Verify a certificate…"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), this, [this] {
                                VerifyDialog dialog(m_reg, this);
                                dialog.exec();
                            });

    QMenu* language = menuBar()->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const std::pair<const char*, QString> languages[] = {{"fr", QStringLiteral("Français")},
                                                         {"ar", QStringLiteral("العربية")},
                                                         {"en", QStringLiteral("English")}};
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(Localization::current() == QLatin1String(code));
        group->addAction(action);
        const QString lang = QString::fromLatin1(code);
        connect(action, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About cinereg"), this, [this] {
        QMessageBox::about(this, tr("About cinereg"),
                           tr("<b>cinereg %1</b><br>Register of film production rights of the "
                              "Centre cinématographique marocain.<br>Register file: %2")
                               .arg(QCoreApplication::applicationVersion(), m_reg.displayName()));
    });
    gateActions();
}

// What the signed-in role may not do is disabled, its tooltip naming the role it needs (the core
// refuses it anyway).
void MainWindow::gateActions()
{
    const std::pair<const char*, Action> gated[] = {
        {"newCompany", Action::EditCompanies},    {"newDossier", Action::FileApplications},
        {"importCompanies", Action::Import},      {"importRights", Action::Import},
        {"settings", Action::ChangeSettings},     {"publish", Action::IssueCertificates},
        {"batchPrint", Action::IssueCertificates}};
    for (const auto& [name, needed] : gated)
        if (QAction* a = action(QString::fromLatin1(name)))
            RoleGate::gate(m_reg, needed, a);
}

QAction* MainWindow::action(const QString& name) const
{
    // The menus in the bar now (menus of an earlier build may linger until deleted).
    for (QAction* top : menuBar()->actions())
        if (top->menu())
            for (QAction* a : top->menu()->actions())
                if (a->objectName() == name)
                    return a;
    return nullptr;
}

QString MainWindow::accountText() const
{
    return m_account ? m_account->text() : QString();
}

QString MainWindow::statusText() const
{
    // Signed in, the account and its role have their own place at the end of the status bar.
    return m_reg.account()
               ? tr("Today: %1").arg(DateText::of(m_reg.today()))
               : tr("Today: %1 — user: %2").arg(DateText::of(m_reg.today()), m_reg.user());
}

void MainWindow::openAccounts()
{
    AccountsDialog dialog(m_reg, this);
    dialog.exec();
    build(); // a role changed (one's own included) shows at once
}

// Single-user mode ends for good with the first account, an admin: said before and confirmed.
void MainWindow::createFirstAccount()
{
    const auto answer = QMessageBox::question(
        this, tr("Create the first account"),
        tr("Creating the first account ends single-user mode for good: from then on everyone "
           "signs in, and every decision takes effect only once a second person has approved "
           "it. The first account is an admin. Continue?"));
    if (answer != QMessageBox::Yes)
        return;
    NewAccountDialog dialog(m_reg, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The admin who created it goes on working as that account.
    m_storage->attempt([this, &dialog] {
        m_reg.signIn(dialog.account().login, dialog.password());
        build();
    });
}

CompanyPage* MainWindow::openCompany(qint64 companyId)
{
    for (int i = m_fixedTabs; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<CompanyPage*>(m_tabs->widget(i));
            page && page->companyId() == companyId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    auto* page = new CompanyPage(m_reg, companyId, m_tabs);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, page->title()));
    return page;
}

ApplicationPage* MainWindow::openApplication(qint64 applicationId)
{
    for (int i = m_fixedTabs; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<ApplicationPage*>(m_tabs->widget(i));
            page && page->applicationId() == applicationId) {
            m_tabs->setCurrentIndex(i);
            return page;
        }
    auto* page = new ApplicationPage(m_reg, applicationId, m_tabs);
    connect(page, &ApplicationPage::companyActivated, this, &MainWindow::openCompany);
    m_tabs->setCurrentIndex(m_tabs->addTab(page, page->title()));
    return page;
}

void MainWindow::newCompany()
{
    NewCompanyDialog dialog(m_reg, this);
    if (dialog.exec() == QDialog::Accepted)
        m_storage->attempt([this, id = dialog.companyId()] {
            m_register->reload();
            openCompany(id);
        });
}

// A demonstration register is a fresh file of fictional companies in its own window, so that the
// clerk's register stays open and untouched.
void MainWindow::openDemonstration()
{
    if (!QProcess::startDetached(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--demo"), QStringLiteral("--lang"), Localization::current()}))
        QMessageBox::warning(this, tr("Demonstration register"),
                             tr("The demonstration register could not be started."));
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT openRequested(dialog.address());
}

void MainWindow::openFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a register file"),
        m_reg.isOnServer() ? QString() : QFileInfo(m_reg.location()).absolutePath(),
        tr("cinereg registers (*.cinereg);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openRequested(path);
}

namespace {
QString serverLostText()
{
    return MainWindow::tr("The server of the register cannot be reached; cinereg keeps trying "
                          "to connect again.");
}
} // namespace

// The banner stays until the feed has connected again; Retry tries at once. A write attempted
// meanwhile is refused by its own form, which keeps what was typed.
void MainWindow::showServerLost()
{
    m_serverLost = true;
    m_storage->report(QCoreApplication::translate("cinereg::ui::StorageFailureBar",
                                                  "%1 Nothing you typed is lost.")
                          .arg(serverLostText()),
                      [this] {
                          m_reg.changes().checkOtherConnections();
                          if (!m_reg.changes().isConnected())
                              throw StorageError(StorageError::Kind::CannotOpen, serverLostText());
                      });
}

void MainWindow::serverBack()
{
    if (!m_serverLost)
        return;
    m_serverLost = false;
    m_storage->attempt([] {}); // hides the banner
    // The views are refreshed by the `changed` that follows the reconnection.
}

// F5: everything on screen read again, whatever the change feed said.
void MainWindow::refreshAll()
{
    m_storage->attempt([this] { reloadViews(); });
}

void MainWindow::reloadViews()
{
    m_reg.changes().checkOtherConnections();
    m_register->reload();
    m_dashboard->reload();
    m_eligibility->invalidate();
    m_productions->invalidate();
    m_applications->reload();
    m_statistics->refresh();
    if (m_approvals)
        m_approvals->reload();
    for (int i = m_fixedTabs; i < m_tabs->count(); ++i)
        if (auto* page = qobject_cast<ApplicationPage*>(m_tabs->widget(i)))
            page->reload();
        else if (auto* company = qobject_cast<CompanyPage*>(m_tabs->widget(i)))
            company->reload();
}

void MainWindow::setLanguage(const QString& language)
{
    UiSetup::applyLanguage(language);
    UiSetup::saveLanguage(Localization::current());
}

void MainWindow::changeEvent(QEvent* event)
{
    // Rebuilding the views retranslates every label, header and message at once; open company
    // pages are reopened.
    if (event->type() == QEvent::LanguageChange && m_tabs) {
        QList<std::pair<bool, qint64>> open; // (is a dossier, id), in tab order
        for (int i = m_fixedTabs; i < m_tabs->count(); ++i)
            if (auto* page = qobject_cast<CompanyPage*>(m_tabs->widget(i)))
                open.append({false, page->companyId()});
            else if (auto* dossier = qobject_cast<ApplicationPage*>(m_tabs->widget(i)))
                open.append({true, dossier->applicationId()});
        const int current = m_tabs->currentIndex();
        build();
        for (const auto& [dossier, id] : open)
            dossier ? void(openApplication(id)) : void(openCompany(id));
        m_tabs->setCurrentIndex(std::min(current, m_tabs->count() - 1));
    }
    QMainWindow::changeEvent(event);
}

} // namespace cinereg::ui
