#pragma once

#include "../GrantRules.h"
#include "../Refusal.h"
#include "../Right.h"

#include <optional>
#include <QCoreApplication>

namespace cinereg {

class AuditLog;
struct Company;
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
    // grantWithin and decideWithin in their steps, so that RightBatch (an import) runs exactly
    // the same checks and writes on rights it holds in memory.
    friend class RightBatch;
    GrantRules::GrantRequest withDefaults(GrantRules::GrantRequest request) const;
    GrantRules::DecisionRequest withDefaults(GrantRules::DecisionRequest request) const;
    // The checks of a grant (request with its defaults) to `company` (none: not in the
    // register), which holds `held`.
    Check grantProblem(const std::optional<Company>& company, qint64 companyId,
                       const CompanyRights& held, const GrantRules::GrantRequest& request) const;
    // The number given for a new right: refused when `taken`.
    Check numberProblem(const QString& chosen, bool taken) const;
    // The right the grant creates, its number allocated when none is chosen.
    Right newRight(const Transaction& tx, qint64 companyId, const GrantRules::GrantRequest& request,
                   const QString& chosen) const;
    void auditGrant(AuditLog& audit, const Right& right) const;
    // The checks of a decision (request with its defaults) on `right` (none: not in the
    // register), whose company holds `held`.
    Check decisionProblem(const std::optional<Right>& right, qint64 rightId,
                          const CompanyRights& held,
                          const GrantRules::DecisionRequest& request) const;
    Decision newDecision(const GrantRules::DecisionRequest& request) const;
    // Who entered the decision and when, and, while an approved proposal takes effect, its
    // proposer and approver.
    void enter(Decision& d) const;
    void auditDecision(AuditLog& audit, const Right& right, const Decision& decision) const;
    QString allocateNumber(const Transaction& tx, RightKind kind, QDate decisionDate) const;
    const Register& m_reg;
};

} // namespace cinereg
