#pragma once

#include "../accounts/Account.h"
#include "../Clock.h"
#include "../Refusal.h"
#include "../Settings.h"

#include <memory>
#include <optional>
#include <QString>

namespace cinereg {

class CompanyService;
class RightService;
class ProductionService;
class IntegrityService;
class AuditLog;
class ChangeFeed;
class Database;
class AccountService;
class DecisionService;
struct Proposal;

// One open register and who is working on it: the entry point of the window, the CLI and the
// tests. Services are cheap views over it; each write they make is one transaction.
class Register
{
public:
    // Opens (creating and migrating if needed) the file; throws StorageError.
    Register(const QString& path, const Clock& clock, QString user);
    ~Register();

    // Where the register is: the file's path (shown in the title bar, and opened again by the
    // window's background readers).
    QString location() const;
    // What the title bar names: the file's path, or login@host/database on a server.
    QString displayName() const;
    bool isOnServer() const;
    // True for an address of a server register (postgresql://...), false for a file's path.
    static bool isServerAddress(const QString& location);
    // A password for a server that libpq found none for, for this process only (never stored).
    static void setSessionPassword(const QString& location, const QString& password);
    // The register the window and the CLI open when none is named.
    static QString defaultLocation();

    const Clock& clock() const { return m_pinnedClock ? *m_pinnedClock : m_clock; }
    // Who is recorded with each change: the signed-in account's login; in single-user mode the
    // --user claim on a file, the server's authenticated login (session_user) on a server.
    QString user() const { return m_account ? m_account->login : m_user; }

    // Accounts (DOMAIN.md, "Accounts, roles and four eyes"). While the register has no account
    // it is in single-user mode: nobody signs in and every action is allowed, as before. Once it
    // has one, every service write acts as the signed-in account and needs its role; until
    // somebody signs in every write is refused (Rule::SignInRequired).
    bool hasAccounts() const;
    // Authenticates and, on success, makes `login` the acting account. Refused (nothing
    // changes, nobody stays signed in): Rule::SignInRefused (unknown login or wrong password,
    // one message for both), Rule::AccountDisabled. Writes nothing.
    Outcome<Account> signIn(const QString& login, const QString& password);
    void signOut();
    // The signed-in account, as it was when signing in (role and state re-read by require()).
    std::optional<Account> account() const { return m_account; }
    // Does the acting account's role allow `action`? Empty in single-user mode; otherwise a
    // Rule::OutsideRole refusal naming the role needed (translated), or Rule::SignInRequired.
    // Re-reads the account, so a role changed or an account disabled meanwhile counts at once.
    std::optional<Refusal> require(Action action) const;
    QDate today() const { return clock().today(); }

    Settings settings() const;
    // Audited, one transaction; once accounts exist, an admin's (Action::ChangeSettings).
    Check saveSettings(const Settings& settings);

    // Within a write transaction that changes no setting (an import), settings() reads the
    // table once for the whole command instead of once per rule check: nobody else can change
    // it while the transaction holds the write lock. Pins nest; the outermost one unpins.
    class SettingsPin
    {
    public:
        explicit SettingsPin(const Register& reg);
        ~SettingsPin();
        SettingsPin(const SettingsPin&) = delete;
        SettingsPin& operator=(const SettingsPin&) = delete;

    private:
        const Register& m_reg;
        bool m_outermost;
    };

    // While an import writes, clock() gives the instant it started: its records and audit
    // entries carry one time, and the system clock (which reads the time zone at each call) is
    // read once instead of once per record. Pins nest; the outermost one unpins.
    class ClockPin
    {
    public:
        explicit ClockPin(const Register& reg);
        ~ClockPin();
        ClockPin(const ClockPin&) = delete;
        ClockPin& operator=(const ClockPin&) = delete;

    private:
        const Register& m_reg;
        bool m_outermost;
    };

    CompanyService companies() const;
    RightService rights() const;
    ProductionService productions() const;
    IntegrityService integrity() const;
    AccountService accounts() const;
    DecisionService decisions() const;

    // How many write transactions this opening has committed (a command that failed with a
    // conflict may be run again only if it wrote nothing).
    qint64 commitCount() const { return m_commits; }

    // Announces every change committed to this register (core/services/ChangeFeed).
    ChangeFeed& changes() const { return *m_changes; }

    // The OS login, used when no --user is given.
    static QString systemUser();

private:
    // The store is reached only from core, through StoreAccess (core/store): nothing outside
    // core knows SQL or which engine holds the register.
    friend class StoreAccess;
    const Database& database() const { return *m_db; }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<ChangeFeed> m_changes;
    const Clock& m_clock;
    QString m_user;
    qint64 m_commits = 0;
    std::optional<Account> m_account;
    mutable bool m_hasAccounts = false;
    // Set by DecisionService while an approved proposal takes effect: lets RightService and
    // ApplicationService write a decision once accounts exist (Rule::FourEyes otherwise).
    friend class DecisionService;
    mutable const Proposal* m_approving = nullptr;

public:
    // The approved proposal taking effect right now (DecisionService), or null.
    const Proposal* approving() const { return m_approving; }

private:
    mutable std::optional<Settings> m_pinnedSettings;   // see SettingsPin
    mutable std::unique_ptr<FrozenClock> m_pinnedClock; // see ClockPin
};

} // namespace cinereg
