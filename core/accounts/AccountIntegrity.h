#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

class Register;

// `check`'s findings on accounts and four eyes: the accounts and proposals tables replayed
// from the hash-chained audit trail, so that a raw SQL edit is named, not only detected (the
// register's seal says that a table changed; this says what): a role raised, an account enabled
// or disabled, a password hash swapped, an account or a proposal inserted, a proposal approved
// by its own proposer, a decision entered without an approved proposal once accounts exist.
class AccountIntegrity
{
    Q_DECLARE_TR_FUNCTIONS(AccountIntegrity)

public:
    explicit AccountIntegrity(const Register& reg) : m_reg(reg) {}
    QStringList findings() const; // empty: clean

private:
    QStringList accountFindings() const;
    QStringList proposalFindings() const;
    QStringList decisionFindings() const;
    const Register& m_reg;
};

} // namespace cinereg
