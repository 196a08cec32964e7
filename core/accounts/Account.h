#pragma once

#include "Role.h"

#include <QDateTime>
#include <QString>

namespace cinereg {

// A person who works on the register. Accounts are never deleted (their names stay in the
// history): they are disabled. The password is kept only as an Argon2id hash in the store and
// never leaves it: this struct does not carry it.
struct Account
{
    qint64 id = 0;
    QString login; // unique, [a-z0-9._-], 2 to 32 characters, recorded with every change
    QString fullName;
    Role role = Role::Clerk;
    bool active = true;
    QDateTime createdAt;
    QString createdBy; // the login (or, for the first account, the single-user name) that made it
};

} // namespace cinereg
