#include "ProposalStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace cinereg {

qint64 ProposalStore::insert(const Proposal& p) const
{
    const QString request =
        QString::fromUtf8(QJsonDocument(p.requestJson()).toJson(QJsonDocument::Compact));
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO proposals (kind, company_id, target_id, request, status, "
                       "proposed_by, proposed_at) VALUES (?,?,?,?,'pending',?,?)"),
        {proposalKindCode(p.kind), p.companyId,
         p.targetId ? QVariant(p.targetId) : QVariant(QMetaType(QMetaType::LongLong)), request,
         p.proposedBy, p.proposedAt.toString(Qt::ISODateWithMs)});
    return m_db.insertedId(q);
}

QVector<Proposal> ProposalStore::load(const QString& where, const QVariantList& params) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, kind, company_id, target_id, request, status, proposed_by, "
                       "proposed_at, decided_by, decided_at, reason, result_id FROM proposals "
                       "WHERE %1 ORDER BY id DESC")
            .arg(where),
        params);
    QVector<Proposal> out;
    while (q.next()) {
        Proposal p;
        p.id = q.value(0).toLongLong();
        p.kind = proposalKindFromCode(q.value(1).toString()).value_or(ProposalKind::Grant);
        p.companyId = q.value(2).toLongLong();
        p.targetId = q.value(3).toLongLong();
        p.readRequest(QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
        p.status = proposalStatusFromCode(q.value(5).toString()).value_or(ProposalStatus::Pending);
        p.proposedBy = q.value(6).toString();
        p.proposedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
        p.decidedBy = q.value(8).toString();
        p.decidedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
        p.rejectionReason = q.value(10).toString();
        p.resultId = q.value(11).toLongLong();
        out.append(p);
    }
    return out;
}

std::optional<Proposal> ProposalStore::find(qint64 id) const
{
    const QVector<Proposal> found = load(QStringLiteral("id = ?"), {id});
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

QVector<Proposal> ProposalStore::list(bool pendingOnly, qint64 companyId) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList params;
    if (pendingOnly)
        where.append(QStringLiteral("status = 'pending'"));
    if (companyId) {
        where.append(QStringLiteral("company_id = ?"));
        params.append(companyId);
    }
    return load(where.join(QStringLiteral(" AND ")), params);
}

int ProposalStore::pendingCount() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT count(*) FROM proposals WHERE status = "
                                          "'pending'"));
    return q.next() ? q.value(0).toInt() : 0;
}

void ProposalStore::approve(qint64 id, const QString& by, const QDateTime& at,
                            qint64 resultId) const
{
    m_db.run(QStringLiteral("UPDATE proposals SET status = 'approved', decided_by = ?, "
                            "decided_at = ?, result_id = ? WHERE id = ? AND status = 'pending'"),
             {by, at.toString(Qt::ISODateWithMs), resultId, id});
}

void ProposalStore::reject(qint64 id, const QString& by, const QDateTime& at,
                           const QString& reason) const
{
    m_db.run(QStringLiteral("UPDATE proposals SET status = 'rejected', decided_by = ?, "
                            "decided_at = ?, reason = ? WHERE id = ? AND status = 'pending'"),
             {by, at.toString(Qt::ISODateWithMs), reason, id});
}

qint64 ProposalStore::lastDecisionId() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT coalesce(max(id), 0) FROM decisions"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

QVector<ProposalStore::DecisionLink> ProposalStore::decisionsAfter(qint64 decisionId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT d.id, r.number, d.entered_by, d.proposal_id, p.status, "
                                "p.proposed_by FROM decisions d JOIN rights r ON r.id = d.right_id "
                                "LEFT JOIN proposals p ON p.id = d.proposal_id WHERE d.id > ? OR "
                                "d.proposal_id IS NOT NULL ORDER BY d.id"),
                 {decisionId});
    QVector<DecisionLink> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace cinereg
