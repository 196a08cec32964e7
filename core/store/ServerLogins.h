#pragma once

#include "Database.h"

namespace cinereg {

// The server logins behind a server register's accounts (an account signs in only as the login
// of the same name). Server roles are the cluster's, but their creation and changes are
// transactional: made inside the account's write transaction, they are undone with it.
// Every statement names the role through the server's own quoting (format %I, %L).
class ServerLogins
{
public:
    explicit ServerLogins(const Database& db) : m_db(db) {}

    // True on a server register: its accounts have server logins. False for a file.
    bool apply() const { return m_db.dialect().isServer(); }
    bool exists(const QString& login) const;
    // Whether the connected login may create and change other logins (CREATEROLE or superuser).
    bool mayManage() const;
    // A login of the clerks' group (cinereg_clerk) whose password is `scramVerifier`.
    void create(const QString& login, const QString& scramVerifier) const;
    void setPassword(const QString& login, const QString& scramVerifier) const;

private:
    void runFormatted(const QString& format, const QVariantList& arguments) const;
    const Database& m_db;
};

} // namespace cinereg
