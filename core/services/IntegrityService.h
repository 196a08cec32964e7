#pragma once

#include "../AuditEntry.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace cinereg {

class Register;

// `check`: the file's integrity, its foreign keys, the audit trail's chain and the register's
// own rules over everything stored (a file edited outside the program is caught here); and the
// audit trail itself, as `audit list` shows it.
class IntegrityService
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityService)

public:
    explicit IntegrityService(const Register& reg) : m_reg(reg) {}
    QStringList findings() const; // empty: clean
    // The audit trail, oldest first; of one kind of record (entity) and one record (entityId)
    // when given.
    QVector<AuditEntry> auditTrail(const QString& entity = {}, qint64 entityId = 0) const;

private:
    QStringList storageFindings() const;
    QStringList ruleFindings() const;
    const Register& m_reg;
};

} // namespace cinereg
