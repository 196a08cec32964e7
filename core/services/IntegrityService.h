#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace cinereg {

class Register;

// `check`: the file's integrity, its foreign keys, the audit trail's chain and the register's
// own rules over everything stored (a file edited outside the program is caught here).
class IntegrityService
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityService)

public:
    explicit IntegrityService(const Register& reg) : m_reg(reg) {}
    QStringList findings() const; // empty: clean

private:
    QStringList storageFindings() const;
    QStringList ruleFindings() const;
    const Register& m_reg;
};

} // namespace cinereg
