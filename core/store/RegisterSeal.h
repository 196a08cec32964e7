#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace cinereg {

// What the seal (table integrity_seal, one row) records after every committed write.
struct SealRecord
{
    QJsonObject tables; // table name -> StateDigest of its rows, hexadecimal
    qint64 auditId = 0; // the audit trail's head when the seal was written
    QString auditHash;
    QString keyId; // empty when written without the register's signing key
    QByteArray signature;
    // The bytes the signature covers.
    QByteArray message() const;
};

// Binds the audit trail's head to a digest of every row that decides an outcome (all tables of
// the register but the audit trail itself and the search indexes), so that `check` finds a row
// changed, inserted or deleted behind the program's back even when the audit trail is intact.
// Each connection captures its own changes with temporary triggers (invisible to the file and to
// other programs) and folds them into the seal just before COMMIT, in the same transaction.
class RegisterSeal
{
    Q_DECLARE_TR_FUNCTIONS(RegisterSeal)

public:
    explicit RegisterSeal(const Database& db) : m_db(db) {}

    // The tables the seal covers, as the file's schema lists them now.
    QStringList protectedTables() const;
    // Temporary triggers recording every change this connection makes to a protected table.
    void captureChanges() const;
    // A bulk write on SQLite (SealPause): drops this connection's capture triggers on these
    // tables, inside the open transaction (a rollback brings them back), until captureChanges()
    // creates them again. The rows the write touches are then recorded by captureRows().
    void pauseCapture(const QStringList& tables) const;
    // Records the rows of `table` meeting `condition` as added (or, read before they are
    // deleted, as removed), each by the very expression the capture triggers use, so the fold
    // at commit is exactly what the triggers would have given: their digest's sum, kept in the
    // temporary table seal_sums until the fold adds it. SQLite only.
    void captureRows(const QString& table, bool removed, const QString& condition,
                     const QVariantList& params) const;
    // Inside the write transaction: applies the captured changes to the seal (signing it when a
    // HeadSigner is set). Cheap: one hash per changed row.
    void fold() const;
    // Recomputes the seal from every row (after a migration, whose steps may reshape tables).
    void reseal() const;
    std::optional<SealRecord> stored() const;
    // The content and head findings (not the signature: see HeadSigning). Empty: sealed.
    QStringList findings() const;

private:
    void captureOnServer() const;
    QString rowExpression(const QString& table, const QString& prefix) const;
    QJsonObject recompute() const;
    void write(SealRecord record) const;
    const Database& m_db;
};

} // namespace cinereg
