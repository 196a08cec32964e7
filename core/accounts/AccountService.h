#pragma once

#include "../Refusal.h"
#include "Account.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class Register;

// The accounts of a register. Every change is one transaction with its audit entry (on the
// same hash-chained trail as the rest), and needs Action::ManageAccounts, except:
//  - the very first account, which anybody may create and which must be an admin: it ends
//    single-user mode for good (four eyes from then on);
//  - changing one's own password.
// On a server register each account is also the server login of the same name (ServerLogins):
// `add` creates it when missing (refused when the connected login may not create logins), and
// `setPassword` changes its password too where the connected login may. A disabled account's
// login still connects (CLI.md: its sign-in is refused with exit 1, not a failed connection).
// Refusals: Rule::OutsideRole (names the role needed), Rule::InvalidField / RequiredField
// (login, name, password), Rule::Duplicate (login), Rule::FirstAccountAdmin, Rule::LastAdmin
// (the last active admin cannot be disabled or lose the role), Rule::NotFound.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(AccountService)

public:
    explicit AccountService(const Register& reg) : m_reg(reg) {}

    // The shortest password accepted.
    static constexpr int MinPasswordLength = 8;

    // True once the register has an account: four eyes and sign-in are required from then on.
    bool any() const;

    Check wouldAdd(const QString& login, Role role, const QString& fullName,
                   const QString& password) const;
    Outcome<Account> add(const QString& login, Role role, const QString& fullName,
                         const QString& password) const;
    Check disable(const QString& login) const;
    Check enable(const QString& login) const;
    Check setRole(const QString& login, Role role) const;
    Check setPassword(const QString& login, const QString& newPassword) const;

    std::optional<Account> find(const QString& login) const;
    QVector<Account> list() const; // by login

    // The account if `password` is its password and it is active; otherwise Rule::SignInRefused
    // with one message for unknown login and wrong password alike (Rule::AccountDisabled for a
    // disabled account). Writes nothing. Used by Register::signIn.
    Outcome<Account> authenticate(const QString& login, const QString& password) const;

private:
    Check changeable(const QString& login, std::optional<Account>& found) const;
    const Register& m_reg;
};

} // namespace cinereg
