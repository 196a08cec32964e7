#pragma once

#include "../applications/Application.h"
#include "Database.h"

#include <optional>
#include <QVector>

namespace cinereg {

// Applications (dossiers), their pieces and the scans attached to them. Writes happen inside the
// caller's transaction (ApplicationService).
class ApplicationStore
{
public:
    explicit ApplicationStore(const Database& db) : m_db(db) {}

    qint64 insert(const Application& application); // returns the id; pieces are not stored
    bool receiptExists(const QString& receipt) const;

    // The application with its pieces (attachments without their bytes).
    std::optional<Application> find(qint64 id) const;

    struct Filter
    {
        bool openOnly = false;
        qint64 companyId = 0; // 0: every company
        QDate deadlineBy;     // null: any; else open applications due on or before this day
    };
    // Open applications first (soonest deadline first), then the others (latest received first).
    QVector<Application> list(const Filter& filter) const;

    // Records the piece of that kind, or changes the date of the one already recorded; returns
    // the piece's id.
    qint64 savePiece(qint64 applicationId, const Piece& piece);
    void removePiece(qint64 pieceId);
    // Replaces the piece's scan (if any) with this one; returns the attachment's id.
    qint64 saveAttachment(qint64 pieceId, const Attachment& attachment);
    std::optional<Attachment> attachment(qint64 pieceId) const; // with its bytes

    // Closes an open application: granted (with the right), refused or withdrawn.
    void close(const Application& closed);

    // Attachments whose stored size or SHA-256 does not match their bytes (ids).
    QVector<qint64> damagedAttachments() const;

private:
    QVector<Application> load(const QString& where, const QVariantList& params,
                              const QString& order) const;
    const Database& m_db;
};

} // namespace cinereg
