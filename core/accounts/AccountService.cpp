#include "AccountService.h"

#include "../services/Register.h"
#include "../store/AccountStore.h"
#include "../store/AuditLog.h"
#include "../store/ProposalStore.h"
#include "../store/ServerLogins.h"
#include "../store/StoreAccess.h"
#include "../TextRules.h"
#include "PasswordHash.h"
#include "ScramVerifier.h"

#include <QRegularExpression>

namespace cinereg {

namespace {
QJsonObject accountDetails(const Account& a, const QString& hash)
{
    QJsonObject o{{QStringLiteral("login"), a.login},
                  {QStringLiteral("name"), a.fullName},
                  {QStringLiteral("role"), RolePolicy::code(a.role)},
                  {QStringLiteral("active"), a.active}};
    if (!hash.isEmpty())
        o.insert(QStringLiteral("password"), PasswordHash::fingerprint(hash));
    return o;
}

std::optional<Refusal> passwordProblem(const QString& password)
{
    if (password.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("password"),
                       AccountService::tr("The password is required.")};
    if (password.size() < AccountService::MinPasswordLength)
        return Refusal{Rule::InvalidField, QStringLiteral("password"),
                       AccountService::tr("The password must have at least %1 characters.")
                           .arg(AccountService::MinPasswordLength)};
    if (password.size() > 1024)
        return Refusal{Rule::InvalidField, QStringLiteral("password"),
                       AccountService::tr("The password must have at most 1024 characters.")};
    return std::nullopt;
}
} // namespace

bool AccountService::any() const
{
    return m_reg.hasAccounts();
}

Check AccountService::wouldAdd(const QString& rawLogin, Role role, const QString& fullName,
                               const QString& password) const
{
    const QString login = rawLogin.trimmed();
    const bool first = !m_reg.hasAccounts();
    if (!first)
        if (auto refusal = m_reg.require(Action::ManageAccounts))
            return *refusal;
    if (first && role != Role::Admin)
        return Refusal{Rule::FirstAccountAdmin, QStringLiteral("role"),
                       tr("The first account of a register must be an admin: it ends "
                          "single-user mode and manages the others.")};
    if (login.isEmpty())
        return Refusal{Rule::RequiredField, QStringLiteral("login"), tr("The login is required.")};
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z0-9._-]{2,32}$"));
    if (!loginPattern.match(login).hasMatch())
        return Refusal{Rule::InvalidField, QStringLiteral("login"),
                       tr("The login must have 2 to 32 characters among a-z, 0-9, dot, hyphen "
                          "and underscore.")};
    if (auto refusal = TextRules::check(TextRules::collapseSpaces(fullName), QStringLiteral("name"),
                                        tr("The full name"), TextRules::NameMax))
        return *refusal;
    if (auto refusal = passwordProblem(password))
        return *refusal;
    if (AccountStore(StoreAccess::of(m_reg)).find(login))
        return Refusal{
            Rule::Duplicate, QStringLiteral("login"),
            tr("The login %1 is already taken (accounts are never deleted).").arg(login)};
    const ServerLogins logins(StoreAccess::of(m_reg));
    if (logins.apply() && !logins.exists(login) && !logins.mayManage())
        return Refusal{Rule::InvalidField, QStringLiteral("login"),
                       tr("The server has no login %1, and yours may not create logins "
                          "(CREATEROLE): ask the server's administrator to create it first.")
                           .arg(login)};
    return Done{};
}

Outcome<Account> AccountService::add(const QString& rawLogin, Role role, const QString& fullName,
                                     const QString& password) const
{
    Transaction tx(StoreAccess::of(m_reg));
    const Check allowed = wouldAdd(rawLogin, role, fullName, password);
    if (!allowed)
        return allowed.refusal();
    Account a;
    a.login = rawLogin.trimmed();
    a.fullName = TextRules::collapseSpaces(fullName);
    a.role = role;
    a.active = true;
    a.createdAt = m_reg.clock().now();
    a.createdBy = m_reg.user();
    const QString hash = PasswordHash::of(password);
    AccountStore store(StoreAccess::of(m_reg));
    const bool first = !store.any();
    a.id = store.insert(a, hash);
    // On a server the account signs in as the login of the same name: made here with the same
    // password when missing (a login the administrator made keeps the password it was given).
    const ServerLogins logins(StoreAccess::of(m_reg));
    if (logins.apply() && !logins.exists(a.login))
        logins.create(a.login, ScramVerifier::of(password));
    QJsonObject details = accountDetails(a, hash);
    // Four eyes start here: every decision after this one needs an approved proposal (`check`).
    if (first)
        details.insert(QStringLiteral("last_single_user_decision"),
                       ProposalStore(StoreAccess::of(m_reg)).lastDecisionId());
    AuditLog(StoreAccess::of(m_reg))
        .append({0, a.createdAt, m_reg.user(), QStringLiteral("account"), a.id,
                 QStringLiteral("create"), details});
    tx.commit();
    return a;
}

Check AccountService::changeable(const QString& login, std::optional<Account>& found) const
{
    if (auto refusal = m_reg.require(Action::ManageAccounts))
        return *refusal;
    found = AccountStore(StoreAccess::of(m_reg)).find(login.trimmed());
    if (!found)
        return Refusal{Rule::NotFound, QStringLiteral("login"),
                       tr("No account %1.").arg(login.trimmed())};
    return Done{};
}

namespace {
void auditChange(const Register& reg, const Account& after, const QString& action,
                 const QString& hash = {})
{
    AuditLog(StoreAccess::of(reg))
        .append({0, reg.clock().now(), reg.user(), QStringLiteral("account"), after.id, action,
                 accountDetails(after, hash)});
}
} // namespace

Check AccountService::disable(const QString& login) const
{
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Account> a;
    if (const Check ok = changeable(login, a); !ok)
        return ok;
    if (!a->active)
        return Done{};
    AccountStore store(StoreAccess::of(m_reg));
    if (a->role == Role::Admin && store.activeAdmins() <= 1)
        return Refusal{Rule::LastAdmin, QStringLiteral("login"),
                       tr("%1 is the last active admin: enable or appoint another admin first.")
                           .arg(a->login)};
    store.setActive(a->login, false);
    a->active = false;
    auditChange(m_reg, *a, QStringLiteral("disable"));
    tx.commit();
    return Done{};
}

Check AccountService::enable(const QString& login) const
{
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Account> a;
    if (const Check ok = changeable(login, a); !ok)
        return ok;
    if (a->active)
        return Done{};
    AccountStore(StoreAccess::of(m_reg)).setActive(a->login, true);
    a->active = true;
    auditChange(m_reg, *a, QStringLiteral("enable"));
    tx.commit();
    return Done{};
}

Check AccountService::setRole(const QString& login, Role role) const
{
    Transaction tx(StoreAccess::of(m_reg));
    std::optional<Account> a;
    if (const Check ok = changeable(login, a); !ok)
        return ok;
    if (a->role == role)
        return Done{};
    AccountStore store(StoreAccess::of(m_reg));
    if (a->role == Role::Admin && a->active && store.activeAdmins() <= 1)
        return Refusal{
            Rule::LastAdmin, QStringLiteral("role"),
            tr("%1 is the last active admin: appoint another admin first.").arg(a->login)};
    store.setRole(a->login, role);
    a->role = role;
    auditChange(m_reg, *a, QStringLiteral("role"));
    tx.commit();
    return Done{};
}

Check AccountService::setPassword(const QString& rawLogin, const QString& newPassword) const
{
    const QString login = rawLogin.trimmed();
    Transaction tx(StoreAccess::of(m_reg));
    const std::optional<Account> me = m_reg.account();
    const bool own = me && me->login == login && m_reg.hasAccounts();
    std::optional<Account> a;
    if (own) {
        // Anyone signed in may change their own password (require() re-checks the account is
        // still active).
        if (auto refusal = m_reg.require(Action::Read))
            return *refusal;
        a = AccountStore(StoreAccess::of(m_reg)).find(login);
    } else if (const Check ok = changeable(login, a); !ok)
        return ok;
    if (auto refusal = passwordProblem(newPassword))
        return *refusal;
    const QString hash = PasswordHash::of(newPassword);
    if (own)
        AccountStore(StoreAccess::of(m_reg)).setOwnPasswordHash(a->login, hash);
    else
        AccountStore(StoreAccess::of(m_reg)).setPasswordHash(a->login, hash);
    // One password for the account and its server login, where this login may change it.
    const ServerLogins logins(StoreAccess::of(m_reg));
    if (logins.apply() && logins.exists(a->login) && (own || logins.mayManage()))
        logins.setPassword(a->login, ScramVerifier::of(newPassword));
    auditChange(m_reg, *a, QStringLiteral("password"), hash);
    tx.commit();
    return Done{};
}

std::optional<Account> AccountService::find(const QString& login) const
{
    return AccountStore(StoreAccess::of(m_reg)).find(login.trimmed());
}

QVector<Account> AccountService::list() const
{
    return AccountStore(StoreAccess::of(m_reg)).list();
}

Outcome<Account> AccountService::authenticate(const QString& rawLogin,
                                              const QString& password) const
{
    const QString login = rawLogin.trimmed();
    AccountStore store(StoreAccess::of(m_reg));
    const std::optional<Account> a = store.find(login);
    // The hash is verified even for an unknown login, so that the time taken does not tell
    // which logins exist.
    // (A fixed hash, with the same parameters, of a random password nobody knows: computing one
    // here would double the cost of every sign-in.)
    static const QString decoy =
        QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$kEV1hDVQVzIXf2zQWbEP2w$"
                       "hSKy41BiS+fzXcjKwRSQhIPWizkZGPavNn35aP2zNhk");
    const bool matches = PasswordHash::verify(a ? store.passwordHash(login) : decoy, password);
    if (!a || !matches)
        return Refusal{Rule::SignInRefused, QStringLiteral("password"),
                       tr("Unknown login or wrong password.")};
    if (!a->active)
        return Refusal{Rule::AccountDisabled, QStringLiteral("login"),
                       tr("The account %1 is disabled: ask an admin.").arg(login)};
    return *a;
}

} // namespace cinereg
