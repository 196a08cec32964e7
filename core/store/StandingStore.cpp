#include "StandingStore.h"

#include "BulkInsert.h"
#include "Names.h"
#include "RightStore.h"
#include "SealPause.h"

#include <algorithm>
#include <QSet>
#include <QSqlQuery>

namespace cinereg {

namespace {
// Open ends are stored as the extreme ISO dates so that a period covers [from, to] with two
// plain comparisons that an index serves.
const QString SinceAlways = QStringLiteral("0000-01-01");
const QString ForEver = QStringLiteral("9999-12-31");

QString startText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : SinceAlways;
}

QString endText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : ForEver;
}

QDate dateOf(const QString& text)
{
    return text == SinceAlways || text == ForEver ? QDate() : QDate::fromString(text, Qt::ISODate);
}

QVector<qint64> ids(QSqlQuery& q)
{
    QVector<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}
} // namespace

void StandingStore::replace(qint64 companyId, const QVector<StandingPeriod>& periods) const
{
    m_db.run(QStringLiteral("DELETE FROM standing_periods WHERE company_id = ?"), {companyId});
    for (const StandingPeriod& p : periods)
        m_db.run(
            QStringLiteral("INSERT INTO standing_periods (company_id, kind, status, start_day, "
                           "end_day) VALUES (?,?,?,?,?)"),
            {companyId, Names::code(p.kind), Names::code(p.status), startText(p.start),
             endText(p.end)});
}

void StandingStore::replace(const QVector<qint64>& companyIds,
                            const QHash<qint64, QVector<StandingPeriod>>& periodsOf) const
{
    // Plain multi-row statements (standard SQL), in chunks that keep them short; each chunk
    // size is one SQL text, prepared once.
    if (companyIds.isEmpty())
        return;
    constexpr qsizetype Chunk = 64;
    const auto placeholders = [](qsizetype rows) {
        QStringList all;
        for (qsizetype i = 0; i < rows; ++i)
            all.append(QStringLiteral("?"));
        return all.join(u',');
    };
    // Without the seal's per-row triggers: the rows replaced are recorded as read before the
    // deletion and after the insertion (SealPause; nothing on a server, whose triggers record).
    const SealPause seal(m_db, {QStringLiteral("standing_periods")});
    seal.removed(QStringLiteral("standing_periods"),
                 QStringLiteral("company_id IN (%1)").arg(m_db.dialect().idsOf()),
                 {idArray(companyIds)});
    for (qsizetype from = 0; from < companyIds.size(); from += Chunk) {
        const qsizetype n = std::min(Chunk, companyIds.size() - from);
        QVariantList ids;
        for (qsizetype i = from; i < from + n; ++i)
            ids.append(companyIds[i]);
        m_db.run(QStringLiteral("DELETE FROM standing_periods WHERE company_id IN (%1)")
                     .arg(placeholders(n)),
                 ids);
    }
    // SQLite numbers new rows after the largest rowid left: those above it are the ones written
    // here (a range the seal reads back cheaply, where a list of companies would be a join).
    qint64 lastKept = 0;
    if (!m_db.dialect().isServer()) {
        QSqlQuery last =
            m_db.run(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM standing_periods"));
        lastKept = last.next() ? last.value(0).toLongLong() : 0;
    }
    BulkInsert rows(m_db, QStringLiteral("standing_periods"),
                    {QStringLiteral("company_id"), QStringLiteral("kind"), QStringLiteral("status"),
                     QStringLiteral("start_day"), QStringLiteral("end_day")});
    for (const qint64 companyId : companyIds)
        for (const StandingPeriod& p : periodsOf.value(companyId))
            rows.add({companyId, Names::code(p.kind), Names::code(p.status), startText(p.start),
                      endText(p.end)});
    rows.flush();
    seal.added(QStringLiteral("standing_periods"), QStringLiteral("rowid > ?"), {lastKept});
}

QVector<StandingPeriod> StandingStore::ofCompany(qint64 companyId) const
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT kind, status, start_day, end_day FROM standing_periods "
                                "WHERE company_id = ? ORDER BY %1")
                     .arg(m_db.dialect().standingOrder()),
                 {companyId});
    QVector<StandingPeriod> out;
    while (q.next())
        out.append({Names::rightKind(q.value(0).toString()).value_or(RightKind::Authorization),
                    dateOf(q.value(2).toString()), dateOf(q.value(3).toString()),
                    Names::rightStatus(q.value(1).toString()).value_or(RightStatus::Pending)});
    return out;
}

QVector<qint64> StandingStore::companiesWith(RightKind kind, RightStatus status, QDate from,
                                             QDate to) const
{
    // Periods are maximal, so [from, to] is covered by one status only if one period holds it.
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT DISTINCT company_id FROM standing_periods WHERE kind = ? AND "
                       "status = ? AND start_day <= ? AND end_day >= ? ORDER BY company_id"),
        {Names::code(kind), Names::code(status), startText(from), endText(to)});
    return ids(q);
}

QString StandingStore::condition(RightKind kind, RightStatus status, QDate day,
                                 QVariantList& params)
{
    params << Names::code(kind) << Names::code(status) << startText(day) << endText(day);
    return QStringLiteral("c.id IN (SELECT company_id FROM standing_periods WHERE kind = ? AND "
                          "status = ? AND start_day <= ? AND end_day >= ?)");
}

QHash<qint64, QVector<StandingPeriod>> StandingStore::covering(const QVector<qint64>& companyIds,
                                                               QDate day) const
{
    QHash<qint64, QVector<StandingPeriod>> out;
    constexpr int Batch = 500; // well under SQLite's limit of bound parameters
    for (int first = 0; first < companyIds.size(); first += Batch) {
        const QVector<qint64> batch = companyIds.mid(first, Batch);
        QVariantList params{startText(day), endText(day)};
        for (qint64 id : batch)
            params.append(id);
        QStringList marks(batch.size(), QStringLiteral("?"));
        QSqlQuery q =
            m_db.run(QStringLiteral("SELECT company_id, kind, status, start_day, end_day FROM "
                                    "standing_periods WHERE start_day <= ? AND end_day >= ? AND "
                                    "company_id IN (%1)")
                         .arg(marks.join(QLatin1Char(','))),
                     params);
        while (q.next())
            out[q.value(0).toLongLong()].append(
                {Names::rightKind(q.value(1).toString()).value_or(RightKind::Authorization),
                 dateOf(q.value(3).toString()), dateOf(q.value(4).toString()),
                 Names::rightStatus(q.value(2).toString()).value_or(RightStatus::Pending)});
    }
    return out;
}

QVector<qint64> StandingStore::companiesWithAny(RightKind kind, QDate from, QDate to) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT DISTINCT company_id FROM standing_periods WHERE kind = ? AND "
                       "start_day <= ? AND end_day >= ? ORDER BY company_id"),
        {Names::code(kind), endText(to), startText(from)});
    return ids(q);
}

void StandingStore::rebuildAll() const
{
    m_db.run(QStringLiteral("DELETE FROM standing_periods"));
    RightStore rights(m_db);
    const QHash<qint64, CompanyRights> all = rights.ofCompanies(rights.allCompanyIdsWithRights());
    for (auto it = all.begin(); it != all.end(); ++it)
        replace(it.key(), StandingPeriods::of(it.value()));
}

bool StandingStore::needsRebuild() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT EXISTS (SELECT 1 FROM rights) AND NOT EXISTS "
                                          "(SELECT 1 FROM standing_periods)"));
    return q.next() && q.value(0).toBool();
}

QVector<qint64> StandingStore::mismatches() const
{
    RightStore rights(m_db);
    QVector<qint64> companies = rights.allCompanyIdsWithRights();
    QSet<qint64> known(companies.begin(), companies.end());
    QSqlQuery q = m_db.run(QStringLiteral("SELECT DISTINCT company_id FROM standing_periods"));
    for (qint64 id : ids(q))
        if (!known.contains(id))
            companies.append(id); // periods left for a company that holds no right
    const QHash<qint64, CompanyRights> all = rights.ofCompanies(companies);
    QVector<qint64> out;
    for (qint64 id : companies)
        if (ofCompany(id) != StandingPeriods::of(all.value(id)))
            out.append(id);
    return out;
}

} // namespace cinereg
