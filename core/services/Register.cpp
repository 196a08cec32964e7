#include "Register.h"

#include "../accounts/AccountService.h"
#include "../accounts/DecisionService.h"
#include "../JsonExport.h"
#include "../store/AccountStore.h"
#include "../store/AuditLog.h"
#include "../store/Database.h"
#include "../store/SettingsStore.h"
#include "ChangeFeed.h"
#include "CompanyService.h"
#include "HeadSigning.h"
#include "IntegrityService.h"
#include "ProductionService.h"
#include "RightService.h"
#include "Version.h"

#include <QProcessEnvironment>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace cinereg {

Register::Register(const QString& path, const Clock& clock, QString user)
    : m_db(std::make_unique<Database>(path, HeadSigning::signer())), m_clock(clock),
      m_user(user.isEmpty() ? systemUser() : std::move(user))
{
    // On a server, the name recorded with every change is the login the server authenticated,
    // never what the client claims (the server refuses any other author).
    if (!m_db->serverLogin().isEmpty())
        m_user = m_db->serverLogin();
    // Which version of the program created or upgraded the register stays in its audit trail,
    // so that a file found later tells what wrote it.
    const int found = m_db->schemaVersionFound();
    if (found < Database::SchemaVersion) {
        Transaction tx(*m_db);
        AuditLog(*m_db).append(
            {0, m_clock.now(), m_user, QStringLiteral("register"), 0,
             found == 0 ? QStringLiteral("create") : QStringLiteral("upgrade"),
             QJsonObject{{QStringLiteral("program_version"), QStringLiteral(CINEREG_VERSION)},
                         {QStringLiteral("schema_from"), found},
                         {QStringLiteral("schema_to"), Database::SchemaVersion}}});
        tx.commit();
    }
    m_changes = std::make_unique<ChangeFeed>(*m_db);
    m_db->setCommitListener([this, feed = m_changes.get()] {
        ++m_commits;
        feed->committed();
    });
}

Register::~Register()
{
    m_db->setCommitListener({});
}

QString Register::location() const
{
    return m_db->path();
}

QString Register::displayName() const
{
    if (!isOnServer())
        return m_db->path();
    const QUrl url(m_db->path());
    return QStringLiteral("%1@%2/%3").arg(m_db->serverLogin(), url.host(), url.path().mid(1));
}

bool Register::isOnServer() const
{
    return m_db->dialect().isServer();
}

bool Register::isServerAddress(const QString& location)
{
    return Database::isServerAddress(location);
}

void Register::setSessionPassword(const QString& location, const QString& password)
{
    Database::setSessionPassword(location, password);
}

QString Register::defaultLocation()
{
    return Database::defaultPath();
}

Settings Register::settings() const
{
    if (m_pinnedSettings)
        return *m_pinnedSettings;
    return SettingsStore(*m_db).load();
}

Register::SettingsPin::SettingsPin(const Register& reg)
    : m_reg(reg), m_outermost(!reg.m_pinnedSettings)
{
    if (m_outermost)
        m_reg.m_pinnedSettings = SettingsStore(*m_reg.m_db).load();
}

Register::SettingsPin::~SettingsPin()
{
    if (m_outermost)
        m_reg.m_pinnedSettings.reset();
}

Register::ClockPin::ClockPin(const Register& reg) : m_reg(reg), m_outermost(!reg.m_pinnedClock)
{
    if (m_outermost)
        m_reg.m_pinnedClock = std::make_unique<FrozenClock>(m_reg.m_clock.now());
}

Register::ClockPin::~ClockPin()
{
    if (m_outermost)
        m_reg.m_pinnedClock.reset();
}

Check Register::saveSettings(const Settings& settings)
{
    if (auto refusal = require(Action::ChangeSettings))
        return *refusal;
    m_pinnedSettings.reset(); // no pin outlives a change of the settings
    Transaction tx(*m_db);
    SettingsStore(*m_db).save(settings);
    AuditLog(*m_db).append({0, m_clock.now(), user(), QStringLiteral("settings"), 0,
                            QStringLiteral("change"), settings.toJson()});
    tx.commit();
    return Done{};
}

CompanyService Register::companies() const
{
    return CompanyService(*this);
}
RightService Register::rights() const
{
    return RightService(*this);
}
ProductionService Register::productions() const
{
    return ProductionService(*this);
}
IntegrityService Register::integrity() const
{
    return IntegrityService(*this);
}
AccountService Register::accounts() const
{
    return AccountService(*this);
}
DecisionService Register::decisions() const
{
    return DecisionService(*this);
}

bool Register::hasAccounts() const
{
    // Single-user mode ends for good with the first account: once seen, never asked again.
    if (!m_hasAccounts)
        m_hasAccounts = AccountStore(*m_db).any();
    return m_hasAccounts;
}

Outcome<Account> Register::signIn(const QString& login, const QString& password)
{
    m_account.reset();
    Outcome<Account> account = accounts().authenticate(login, password);
    // On a server, every change is recorded under the server's authenticated login (the
    // server's triggers refuse any other name), so an account is that same login.
    if (account && m_db->engine() == Engine::PostgreSQL && account.value().login != m_user)
        return Refusal{Rule::SignInRefused, QStringLiteral("user"),
                       AccountService::tr("On a server register, sign in with the account of "
                                          "your server login (%1).")
                           .arg(m_user)};
    if (account)
        m_account = account.value();
    return account;
}

void Register::signOut()
{
    m_account.reset();
}

std::optional<Refusal> Register::require(Action action) const
{
    if (!hasAccounts())
        return std::nullopt;
    if (!m_account)
        return Refusal{Rule::SignInRequired, QStringLiteral("user"),
                       RolePolicy::tr("This register has accounts: sign in to %1.")
                           .arg(RolePolicy::describe(action))};
    const std::optional<Account> now = AccountStore(*m_db).find(m_account->login);
    if (!now || !now->active)
        return Refusal{
            Rule::AccountDisabled, QStringLiteral("user"),
            RolePolicy::tr("The account %1 is disabled: ask an admin.").arg(m_account->login)};
    if (!RolePolicy::allows(now->role, action))
        return Refusal{Rule::OutsideRole, QStringLiteral("role"),
                       RolePolicy::tr("To %1 you need the %2 role; the account %3 has the %4 role.")
                           .arg(RolePolicy::describe(action),
                                RolePolicy::name(RolePolicy::needed(action)), now->login,
                                RolePolicy::name(now->role))};
    return std::nullopt;
}

QString Register::systemUser()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = env.value(QString::fromLatin1(name));
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    if (const passwd* account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace cinereg
