#include "AccountStore.h"

#include <QSqlQuery>

namespace cinereg {

namespace {
constexpr auto Columns = "id, login, full_name, role, active, created_at, created_by";

Account fromRow(const QSqlQuery& q)
{
    Account a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = RolePolicy::fromCode(q.value(3).toString()).value_or(Role::Auditor);
    a.active = q.value(4).toInt() == 1;
    a.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    a.createdBy = q.value(6).toString();
    return a;
}
} // namespace

bool AccountStore::any() const
{
    return m_db.run(QStringLiteral("SELECT 1 FROM accounts LIMIT 1")).next();
}

qint64 AccountStore::insert(const Account& a, const QString& passwordHash) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO accounts (login, full_name, role, active, password_hash, "
                       "created_at, created_by) VALUES (?,?,?,?,?,?,?)"),
        {a.login, a.fullName, RolePolicy::code(a.role), a.active ? 1 : 0, passwordHash,
         a.createdAt.toString(Qt::ISODateWithMs), a.createdBy});
    return m_db.insertedId(q);
}

std::optional<Account> AccountStore::find(const QString& login) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM accounts WHERE login = ?").arg(QLatin1String(Columns)),
        {login});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QVector<Account> AccountStore::list() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT %1 FROM accounts ORDER BY login").arg(QLatin1String(Columns)));
    QVector<Account> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QString AccountStore::passwordHash(const QString& login) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT password_hash FROM accounts WHERE login = ?"), {login});
    return q.next() ? q.value(0).toString() : QString();
}

int AccountStore::activeAdmins() const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT count(*) FROM accounts WHERE role = 'admin' AND active = 1"));
    return q.next() ? q.value(0).toInt() : 0;
}

void AccountStore::setActive(const QString& login, bool active) const
{
    m_db.run(QStringLiteral("UPDATE accounts SET active = ? WHERE login = ?"),
             {active ? 1 : 0, login});
}

void AccountStore::setRole(const QString& login, Role role) const
{
    m_db.run(QStringLiteral("UPDATE accounts SET role = ? WHERE login = ?"),
             {RolePolicy::code(role), login});
}

void AccountStore::setPasswordHash(const QString& login, const QString& hash) const
{
    m_db.run(QStringLiteral("UPDATE accounts SET password_hash = ? WHERE login = ?"),
             {hash, login});
}

void AccountStore::setOwnPasswordHash(const QString& login, const QString& hash) const
{
    if (m_db.dialect().isServer())
        m_db.run(QStringLiteral("SELECT cinereg_set_own_password(?)"), {hash});
    else
        setPasswordHash(login, hash);
}

} // namespace cinereg
