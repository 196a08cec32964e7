#pragma once

#include "../GrantRules.h"
#include "../Refusal.h"
#include "../Right.h"

#include <optional>
#include <QCoreApplication>

namespace cinereg {

class Register;
class Transaction;

struct Granted
{
    qint64 id = 0;
    QString number;
};

// Grants rights and records the decisions of their life, each in one transaction with its
// audit entry. The would* functions answer "would this be refused, and why?" without writing.
class RightService
{
    Q_DECLARE_TR_FUNCTIONS(RightService)

public:
    explicit RightService(const Register& reg) : m_reg(reg) {}

    // An empty `number` is allocated from the settings' format; a given one must be unique.
    Check wouldGrant(qint64 companyId, GrantRules::GrantRequest request) const;
    Outcome<Granted> grant(qint64 companyId, GrantRules::GrantRequest request,
                           const QString& number = {}) const;

    Check wouldDecide(qint64 rightId, const GrantRules::DecisionRequest& request) const;
    Outcome<qint64> decide(qint64 rightId, const GrantRules::DecisionRequest& request) const;

    // The same grant and decision, written inside the caller's open transaction (e.g. an
    // application's decision, which changes the dossier in the same transaction). Nothing is
    // committed here: on a refusal the caller lets its transaction roll back.
    Outcome<Granted> grantWithin(const Transaction& open, qint64 companyId,
                                 GrantRules::GrantRequest request,
                                 const QString& number = {}) const;
    Outcome<qint64> decideWithin(const Transaction& open, qint64 rightId,
                                 const GrantRules::DecisionRequest& request) const;

    // The last day of validity the settings' default term gives a grant valid from `from`
    // (null: without limit), so that a dialog shows what "default term" will record.
    QDate defaultLastDay(QDate from) const;

    // The accreditations that would stop being in force if this decision were taken on the
    // authorization `rightId` (empty for any other right): the window warns before confirming.
    QVector<Right> wouldStop(qint64 rightId, const GrantRules::DecisionRequest& request) const;

    std::optional<Right> find(qint64 id) const;
    CompanyRights ofCompany(qint64 companyId) const;

private:
    GrantRules::GrantRequest withDefaults(GrantRules::GrantRequest request) const;
    QString allocateNumber(const Transaction& tx, RightKind kind, QDate decisionDate) const;
    const Register& m_reg;
};

} // namespace cinereg
