#pragma once

#include "../accounts/Account.h"
#include "Database.h"

#include <optional>
#include <QVector>

namespace cinereg {

// The accounts table. The password hash is read only to verify it (AccountService) and to let
// `check` compare it with the audit trail; it never leaves core.
class AccountStore
{
public:
    explicit AccountStore(const Database& db) : m_db(db) {}

    bool any() const;
    qint64 insert(const Account& account, const QString& passwordHash) const;
    std::optional<Account> find(const QString& login) const;
    QVector<Account> list() const;
    QString passwordHash(const QString& login) const; // empty for an unknown login
    int activeAdmins() const;
    void setActive(const QString& login, bool active) const;
    void setRole(const QString& login, Role role) const;
    void setPasswordHash(const QString& login, const QString& hash) const;
    // The signed-in account's own (on a server, the connected login's, which may not update
    // the table itself: PostgresSchema's cinereg_set_own_password).
    void setOwnPasswordHash(const QString& login, const QString& hash) const;

private:
    const Database& m_db;
};

} // namespace cinereg
