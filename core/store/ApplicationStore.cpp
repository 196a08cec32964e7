#include "ApplicationStore.h"

#include "Names.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>

namespace cinereg {

namespace {
QString stamp(const QDateTime& at)
{
    return at.toString(Qt::ISODateWithMs);
}
} // namespace

qint64 ApplicationStore::insert(const Application& a)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO applications (company_id, kind, renewal, received, receipt, "
                       "deadline, status, created_by, created_at) VALUES (?,?,?,?,?,?,?,?,?)"),
        {a.companyId, Names::code(a.kind), a.renewal ? 1 : 0, sqlDate(a.received), a.receipt,
         sqlDate(a.deadline), ApplicationNames::code(a.status), a.createdBy, stamp(a.createdAt)});
    return m_db.insertedId(q);
}

bool ApplicationStore::receiptExists(const QString& receipt) const
{
    return m_db.run(QStringLiteral("SELECT 1 FROM applications WHERE receipt = ?"), {receipt})
        .next();
}

QVector<Application> ApplicationStore::load(const QString& where, const QVariantList& params,
                                            const QString& order) const
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT id, company_id, kind, renewal, received, receipt, deadline, status, "
                       "decision_ref, decided_on, reason, right_id, created_by, created_at "
                       "FROM applications WHERE %1 ORDER BY %2")
            .arg(where, order),
        params);
    QVector<Application> out;
    QHash<qint64, int> index;
    while (q.next()) {
        Application a;
        a.id = q.value(0).toLongLong();
        a.companyId = q.value(1).toLongLong();
        a.kind = Names::rightKind(q.value(2).toString()).value_or(RightKind::Authorization);
        a.renewal = q.value(3).toInt() != 0;
        a.received = dateFromSql(q.value(4));
        a.receipt = q.value(5).toString();
        a.deadline = dateFromSql(q.value(6));
        a.status =
            ApplicationNames::status(q.value(7).toString()).value_or(ApplicationStatus::Open);
        a.decisionReference = q.value(8).toString();
        a.decidedOn = dateFromSql(q.value(9));
        a.reason = q.value(10).toString();
        a.rightId = q.value(11).toLongLong();
        a.createdBy = q.value(12).toString();
        a.createdAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODateWithMs);
        index.insert(a.id, out.size());
        out.append(a);
    }
    q.finish();
    if (out.isEmpty())
        return out;

    QSqlQuery p = m_db.run(
        QStringLiteral("SELECT p.id, p.application_id, p.kind, p.dated, p.entered_by, "
                       "p.entered_at, t.id, t.name, t.size, t.sha256, t.added_by, t.added_at "
                       "FROM application_pieces p LEFT JOIN attachments t ON t.piece_id = p.id "
                       "WHERE p.application_id IN (SELECT id FROM applications WHERE %1) "
                       "ORDER BY p.application_id, p.id")
            .arg(where),
        params);
    while (p.next()) {
        const auto at = index.constFind(p.value(1).toLongLong());
        const auto kind = ApplicationNames::pieceKind(p.value(2).toString());
        if (at == index.cend() || !kind)
            continue;
        Piece piece;
        piece.id = p.value(0).toLongLong();
        piece.kind = *kind;
        piece.dated = dateFromSql(p.value(3));
        piece.enteredBy = p.value(4).toString();
        piece.enteredAt = QDateTime::fromString(p.value(5).toString(), Qt::ISODateWithMs);
        if (!p.value(6).isNull()) {
            Attachment t;
            t.id = p.value(6).toLongLong();
            t.name = p.value(7).toString();
            t.size = p.value(8).toLongLong();
            t.sha256 = p.value(9).toString();
            t.addedBy = p.value(10).toString();
            t.addedAt = QDateTime::fromString(p.value(11).toString(), Qt::ISODateWithMs);
            piece.attachment = t;
        }
        out[*at].pieces.append(piece);
    }
    return out;
}

std::optional<Application> ApplicationStore::find(qint64 id) const
{
    const QVector<Application> found = load(QStringLiteral("id = ?"), {id}, QStringLiteral("id"));
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}

QVector<Application> ApplicationStore::list(const Filter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList params;
    if (filter.openOnly || filter.deadlineBy.isValid())
        where.append(QStringLiteral("status = 'open'"));
    if (filter.companyId) {
        where.append(QStringLiteral("company_id = ?"));
        params.append(filter.companyId);
    }
    if (filter.deadlineBy.isValid()) {
        where.append(QStringLiteral("deadline <= ?"));
        params.append(sqlDate(filter.deadlineBy));
    }
    return load(where.join(QStringLiteral(" AND ")), params,
                QStringLiteral("CASE status WHEN 'open' THEN 0 ELSE 1 END, "
                               "CASE status WHEN 'open' THEN deadline END, received DESC, id"));
}

qint64 ApplicationStore::savePiece(qint64 applicationId, const Piece& piece)
{
    QSqlQuery existing =
        m_db.run(QStringLiteral("SELECT id FROM application_pieces WHERE application_id = ? AND "
                                "kind = ?"),
                 {applicationId, ApplicationNames::code(piece.kind)});
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        existing.finish();
        m_db.run(QStringLiteral("UPDATE application_pieces SET dated = ?, entered_by = ?, "
                                "entered_at = ? WHERE id = ?"),
                 {sqlDate(piece.dated), piece.enteredBy, stamp(piece.enteredAt), id});
        return id;
    }
    existing.finish();
    QSqlQuery q = m_db.run(QStringLiteral("INSERT INTO application_pieces (application_id, kind, "
                                          "dated, entered_by, entered_at) VALUES (?,?,?,?,?)"),
                           {applicationId, ApplicationNames::code(piece.kind), sqlDate(piece.dated),
                            piece.enteredBy, stamp(piece.enteredAt)});
    return m_db.insertedId(q);
}

void ApplicationStore::removePiece(qint64 pieceId)
{
    m_db.run(QStringLiteral("DELETE FROM application_pieces WHERE id = ?"), {pieceId});
}

qint64 ApplicationStore::saveAttachment(qint64 pieceId, const Attachment& t)
{
    m_db.run(QStringLiteral("DELETE FROM attachments WHERE piece_id = ?"), {pieceId});
    QSqlQuery q = m_db.run(
        QStringLiteral("INSERT INTO attachments (piece_id, name, size, sha256, data, added_by, "
                       "added_at) VALUES (?,?,?,?,?,?,?)"),
        {pieceId, t.name, qint64(t.data.size()), t.sha256, t.data, t.addedBy, stamp(t.addedAt)});
    return m_db.insertedId(q);
}

std::optional<Attachment> ApplicationStore::attachment(qint64 pieceId) const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, name, size, sha256, data, added_by, added_at "
                                          "FROM attachments WHERE piece_id = ?"),
                           {pieceId});
    if (!q.next())
        return std::nullopt;
    Attachment t;
    t.id = q.value(0).toLongLong();
    t.name = q.value(1).toString();
    t.size = q.value(2).toLongLong();
    t.sha256 = q.value(3).toString();
    t.data = q.value(4).toByteArray();
    t.addedBy = q.value(5).toString();
    t.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return t;
}

void ApplicationStore::close(const Application& a)
{
    m_db.run(QStringLiteral("UPDATE applications SET status = ?, decision_ref = ?, decided_on = ?, "
                            "reason = ?, right_id = ? WHERE id = ? AND status = 'open'"),
             {ApplicationNames::code(a.status), sqlText(a.decisionReference), sqlDate(a.decidedOn),
              sqlText(a.reason),
              a.rightId ? QVariant(a.rightId) : QVariant(QMetaType::fromType<qint64>()), a.id});
}

QVector<qint64> ApplicationStore::damagedAttachments() const
{
    QSqlQuery q = m_db.run(QStringLiteral("SELECT id, size, sha256, data FROM attachments"));
    QVector<qint64> damaged;
    while (q.next()) {
        const QByteArray data = q.value(3).toByteArray();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (q.value(1).toLongLong() != data.size() || q.value(2).toString() != sha)
            damaged.append(q.value(0).toLongLong());
    }
    return damaged;
}

} // namespace cinereg
