#include "RightStore.h"

#include "BulkInsert.h"
#include "Names.h"
#include "SealPause.h"
#include "StandingStore.h"

#include <QSqlQuery>

namespace cinereg {

namespace {
const QStringList DecisionColumns{QStringLiteral("right_id"),       QStringLiteral("type"),
                                  QStringLiteral("effective_date"), QStringLiteral("reference"),
                                  QStringLiteral("decision_date"),  QStringLiteral("reason"),
                                  QStringLiteral("valid_until"),    QStringLiteral("entered_by"),
                                  QStringLiteral("entered_at"),     QStringLiteral("proposal_id")};

// The values of a decision's row, in DecisionColumns' order.
QVariantList decisionValues(qint64 rightId, const Decision& d)
{
    return {rightId,
            Names::code(d.type),
            sqlDate(d.effective),
            d.reference.isEmpty() ? QVariant(QStringLiteral("")) : QVariant(d.reference),
            sqlDate(d.decisionDate),
            sqlText(d.reason),
            sqlDate(d.validUntil),
            d.enteredBy,
            d.enteredAt.toString(Qt::ISODateWithMs),
            d.proposalId ? QVariant(d.proposalId) : QVariant(QMetaType(QMetaType::LongLong))};
}

QVariantList rightValues(const Right& right)
{
    return {right.companyId, Names::code(right.kind), right.number, sqlDate(right.validFrom)};
}
} // namespace

qint64 RightStore::insert(const Right& right, StandingUpdate standing)
{
    QSqlQuery q =
        m_db.run(QStringLiteral(
                     "INSERT INTO rights (company_id, kind, number, valid_from) VALUES (?,?,?,?)"),
                 rightValues(right));
    const qint64 id = m_db.insertedId(q);
    insertDecision(id, right.history.front(), standing);
    return id;
}

void RightStore::insertAll(const QVector<Right>& rights)
{
    if (rights.isEmpty())
        return;
    qint64 firstRight = rights.front().id;
    qint64 firstDecision = rights.front().history.front().id;
    const SealPause seal(m_db, {QStringLiteral("rights"), QStringLiteral("decisions")});
    BulkInsert rows(m_db, QStringLiteral("rights"),
                    {QStringLiteral("id"), QStringLiteral("company_id"), QStringLiteral("kind"),
                     QStringLiteral("number"), QStringLiteral("valid_from")});
    for (const Right& r : rights) {
        firstRight = std::min(firstRight, r.id);
        rows.add(QVariantList{r.id} + rightValues(r));
    }
    rows.flush();
    BulkInsert decisions(m_db, QStringLiteral("decisions"),
                         QStringList{QStringLiteral("id")} + DecisionColumns);
    for (const Right& r : rights)
        for (const Decision& d : r.history) {
            firstDecision = std::min(firstDecision, d.id);
            decisions.add(QVariantList{d.id} + decisionValues(r.id, d));
        }
    decisions.flush();
    // Every id from the first on is one of these rows: the caller reserved them above the
    // tables' largest, under the write lock.
    seal.added(QStringLiteral("rights"), QStringLiteral("id >= ?"), {firstRight});
    seal.added(QStringLiteral("decisions"), QStringLiteral("id >= ?"), {firstDecision});
}

qint64 RightStore::insertDecision(qint64 rightId, const Decision& d, StandingUpdate standing)
{
    QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO decisions (%1) VALUES (?%2)")
                               .arg(DecisionColumns.join(QStringLiteral(", ")),
                                    QStringLiteral(",?").repeated(DecisionColumns.size() - 1)),
                           decisionValues(rightId, d));
    const qint64 id = m_db.insertedId(q);
    if (standing == StandingUpdate::Deferred)
        return id;
    // The company's standing periods change with this decision, in the same transaction.
    QSqlQuery owner =
        m_db.run(QStringLiteral("SELECT company_id FROM rights WHERE id = ?"), {rightId});
    if (owner.next()) {
        const qint64 companyId = owner.value(0).toLongLong();
        StandingStore(m_db).replace(companyId, StandingPeriods::of(ofCompany(companyId)));
    }
    return id;
}

void RightStore::refreshStanding(const QVector<qint64>& companyIds)
{
    const QHash<qint64, CompanyRights> held = ofCompanies(companyIds);
    QHash<qint64, QVector<StandingPeriod>> periods;
    periods.reserve(held.size());
    for (auto it = held.cbegin(); it != held.cend(); ++it)
        periods.insert(it.key(), StandingPeriods::of(it.value()));
    StandingStore(m_db).replace(companyIds, periods);
}

QSet<QString> RightStore::numbers() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT number FROM rights"));
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

bool RightStore::numberExists(const QString& number) const
{
    return m_db.run(QStringLiteral("SELECT 1 FROM rights WHERE number = ?"), {number}).next();
}

QVector<Right> RightStore::load(const QString& where, const QVariantList& params) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT r.id, r.company_id, r.kind, r.number, r.valid_from, d.id, d.type, "
                       "d.effective_date, d.reference, d.decision_date, d.reason, d.valid_until, "
                       "d.entered_by, d.entered_at, d.proposal_id, p.proposed_by, p.decided_by "
                       "FROM rights r JOIN decisions d ON d.right_id = r.id LEFT JOIN proposals p "
                       "ON p.id = d.proposal_id WHERE %1 ORDER BY r.company_id, r.valid_from, "
                       "r.id, d.id")
            .arg(where),
        params);
    QVector<Right> rights;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (rights.isEmpty() || rights.back().id != id) {
            Right r;
            r.id = id;
            r.companyId = q.value(1).toLongLong();
            r.kind = Names::rightKind(q.value(2).toString()).value_or(RightKind::Authorization);
            r.number = q.value(3).toString();
            r.validFrom = dateFromSql(q.value(4));
            rights.append(r);
        }
        Decision d;
        d.id = q.value(5).toLongLong();
        d.type = Names::decisionType(q.value(6).toString()).value_or(DecisionType::Grant);
        d.effective = dateFromSql(q.value(7));
        d.reference = q.value(8).toString();
        d.decisionDate = dateFromSql(q.value(9));
        d.reason = q.value(10).toString();
        d.validUntil = dateFromSql(q.value(11));
        d.enteredBy = q.value(12).toString();
        d.enteredAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        d.proposalId = q.value(14).toLongLong();
        d.proposedBy = q.value(15).toString();
        d.approvedBy = q.value(16).toString();
        rights.back().history.append(d);
    }
    return rights;
}

std::optional<Right> RightStore::find(qint64 id) const
{
    QVector<Right> rights = load(QStringLiteral("r.id = ?"), {id});
    if (rights.isEmpty())
        return std::nullopt;
    return rights.front();
}

CompanyRights RightStore::ofCompany(qint64 companyId) const
{
    return ofCompanies({companyId}).value(companyId);
}

QHash<qint64, CompanyRights> RightStore::ofCompanies(const QVector<qint64>& companyIds) const
{
    QHash<qint64, CompanyRights> out;
    if (companyIds.isEmpty())
        return out;
    for (Right& r : load(QStringLiteral("r.company_id IN (%1)").arg(m_db.dialect().idsOf()),
                         {idArray(companyIds)})) {
        CompanyRights& held = out[r.companyId];
        (r.kind == RightKind::Authorization ? held.authorizations : held.accreditations).append(r);
    }
    return out;
}

QVector<qint64> RightStore::companiesHolding(RightKind kind, QDate startsBy) const
{
    QSqlQuery q =
        startsBy.isValid()
            ? m_db.run(QStringLiteral("SELECT DISTINCT company_id FROM rights WHERE kind "
                                      "= ? AND valid_from <= ?"),
                       {Names::code(kind), sqlDate(startsBy)})
            : m_db.run(QStringLiteral("SELECT DISTINCT company_id FROM rights WHERE kind = ?"),
                       {Names::code(kind)});
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<qint64> RightStore::inactivityCandidates(QDate on, QDate threshold) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT r.company_id FROM rights r WHERE r.kind = ? AND r.valid_from <= ? "
                       "GROUP BY r.company_id HAVING coalesce((SELECT max(p.shoot_to) FROM "
                       "productions p WHERE p.executor_id = r.company_id), min(r.valid_from)) < ?"),
        {Names::code(RightKind::Authorization), sqlDate(on), sqlDate(threshold)});
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<qint64> RightStore::allCompanyIdsWithRights() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT DISTINCT company_id FROM rights"));
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QVector<Right> RightStore::endingBetween(QDate from, QDate to) const
{
    return load(QStringLiteral("r.id IN (SELECT right_id FROM decisions WHERE type IN ('grant', "
                               "'renew') AND valid_until BETWEEN ? AND ?)"),
                {sqlDate(from), sqlDate(to)});
}

QVector<Right> RightStore::withDecision(DecisionType type) const
{
    return load(QStringLiteral("r.id IN (SELECT right_id FROM decisions WHERE type = ?)"),
                {Names::code(type)});
}

} // namespace cinereg
