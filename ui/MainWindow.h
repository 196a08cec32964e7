#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class DashboardView;
class RegisterView;
class EligibilityView;
class ProductionsView;
class CompanyPage;
class ApplicationsView;
class ApplicationPage;
class StatisticsView;
class StorageFailureBar;
class ApprovalView;

// The clerk's window: home dashboard, register, "who may execute?", productions, dossiers, and
// one tab per open company or dossier. The language menu switches French, Arabic and English while
// it runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Register& reg, QWidget* parent = nullptr);

    RegisterView* registerView() const { return m_register; }
    DashboardView* dashboard() const { return m_dashboard; }
    EligibilityView* eligibilityView() const { return m_eligibility; }
    ProductionsView* productionsView() const { return m_productions; }
    QTabWidget* tabs() const { return m_tabs; }
    StorageFailureBar* storageFailureBar() const { return m_storage; }
    CompanyPage* openCompany(qint64 companyId);
    ApplicationsView* applicationsView() const { return m_applications; }
    StatisticsView* statisticsView() const { return m_statistics; }
    ApplicationPage* openApplication(qint64 applicationId);
    // "Awaiting approval": a tab once the register has accounts (null in single-user mode).
    ApprovalView* approvalView() const { return m_approvals; }
    // The menu's actions by their object name ("newCompany", "import", "settings", ...), so that
    // tests see what the signed-in role may use.
    QAction* action(const QString& name) const;
    // "signed in: Nadia Bennani (nbennani), clerk" in the status bar; empty in single-user mode.
    QString accountText() const;
    void setLanguage(const QString& language);
    void newCompany();
    ~MainWindow() override;
    void refreshAll(); // F5
    // File → Connect to a server…: asks the address (ConnectDialog) and requests it.
    void connectToServer();
    // Whether the window shows that the server cannot be reached.
    bool showsServerLost() const { return m_serverLost; }

Q_SIGNALS:
    // Another register should replace this one (RegisterSession opens it; this one stays open
    // if that fails).
    void openRequested(const QString& location);

protected:
    void changeEvent(QEvent* event) override;

private:
    void build();
    void buildMenus();
    void reloadViews();
    void openDemonstration();
    void openAccounts();
    void createFirstAccount();
    void gateActions();
    QString statusText() const;
    void openFile();
    void showServerLost();
    void serverBack();

    Register& m_reg;
    QTabWidget* m_tabs = nullptr;
    StorageFailureBar* m_storage = nullptr;
    DashboardView* m_dashboard = nullptr;
    RegisterView* m_register = nullptr;
    EligibilityView* m_eligibility = nullptr;
    ProductionsView* m_productions = nullptr;
    ApplicationsView* m_applications = nullptr;
    StatisticsView* m_statistics = nullptr;
    ApprovalView* m_approvals = nullptr;
    QLabel* m_account = nullptr;
    int m_fixedTabs = 6; // the views that stay; company and dossier tabs close
    bool m_serverLost = false;
};

} // namespace cinereg::ui
