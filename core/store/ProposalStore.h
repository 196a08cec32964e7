#pragma once

#include "../accounts/Proposal.h"
#include "Database.h"

#include <optional>
#include <QVector>

namespace cinereg {

// The proposals table (four eyes). Rows are inserted pending and decided once; the schema
// refuses any other change and any deletion.
class ProposalStore
{
public:
    explicit ProposalStore(const Database& db) : m_db(db) {}

    qint64 insert(const Proposal& proposal) const;
    std::optional<Proposal> find(qint64 id) const;
    QVector<Proposal> list(bool pendingOnly, qint64 companyId) const; // newest first
    int pendingCount() const;
    void approve(qint64 id, const QString& by, const QDateTime& at, qint64 resultId) const;
    void reject(qint64 id, const QString& by, const QDateTime& at, const QString& reason) const;

    // For the first account's audit entry and `check` (AccountIntegrity): the last decision
    // entered in single-user mode, and every decision entered after it, with its proposal.
    qint64 lastDecisionId() const;
    struct DecisionLink
    {
        qint64 decisionId = 0;
        QString rightNumber;
        QString enteredBy;
        qint64 proposalId = 0;
        QString proposalStatus;
        QString proposedBy;
    };
    QVector<DecisionLink> decisionsAfter(qint64 decisionId) const;

private:
    QVector<Proposal> load(const QString& where, const QVariantList& params) const;
    const Database& m_db;
};

} // namespace cinereg
