#pragma once

#include "../Refusal.h"
#include "../Right.h"
#include "../ValidityEnd.h"
#include "Application.h"
#include "DossierRules.h"

#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class Register;
class Transaction;

// A dossier as the clerk files it.
struct NewApplication
{
    qint64 companyId = 0;
    RightKind kind = RightKind::Authorization;
    bool renewal = false;
    QDate received;
    QString receipt; // empty: allocated, REC-{year}-{seq}
};

struct Filed
{
    qint64 id = 0;
    QString receipt;
    QDate deadline;
    QStringList missing; // piece codes
};

// The decision on a dossier: grant (the right, through RightService) or refuse (with reason).
struct ApplicationDecision
{
    bool grant = true;
    QString reference;  // the decision's reference, required either way
    QDate decisionDate; // null: today; the dossier's pieces are judged on this day
    QDate validFrom;    // grant: start of validity (renewal: the day the renewal takes effect)
    ValidityEnd end;    // grant: default term, no end or a day; renewal: a day (required)
    QString reason;     // refusal: required
};

struct ApplicationOutcome
{
    ApplicationStatus status = ApplicationStatus::Open;
    qint64 rightId = 0;
    QString number; // the right granted or renewed
};

struct ApplicationQuery
{
    bool openOnly = false;
    bool overdueOnly = false; // open and past the deadline on `on`
    qint64 companyId = 0;
    QDate on; // null: today
};

// Applications (dossiers) from receipt to decision. Each write is one transaction with its
// audit entry; a grant creates (or renews) the right through RightService, exactly as a direct
// grant does, in the same transaction as the dossier's change of status.
class ApplicationService
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationService)

public:
    explicit ApplicationService(const Register& reg) : m_reg(reg) {}

    Check wouldFile(const NewApplication& application) const;
    Outcome<Filed> file(const NewApplication& application) const;

    // Records the piece (or changes its date) and, when `fileName` is given, attaches its scan.
    Outcome<qint64> recordPiece(qint64 applicationId, PieceKind kind, QDate dated,
                                const QString& fileName = {}, const QByteArray& bytes = {}) const;
    Check removePiece(qint64 applicationId, PieceKind kind) const;
    // Attaches (or replaces) the scan of a recorded piece.
    Outcome<qint64> attach(qint64 applicationId, PieceKind kind, const QString& fileName,
                           const QByteArray& bytes) const;
    std::optional<Attachment> attachment(qint64 applicationId, PieceKind kind) const;

    Check wouldDecide(qint64 applicationId, const ApplicationDecision& decision) const;
    Outcome<ApplicationOutcome> decide(qint64 applicationId,
                                       const ApplicationDecision& decision) const;
    // The same decision inside the caller's open transaction (an approved proposal).
    Outcome<ApplicationOutcome> decideWithin(const Transaction& open, qint64 applicationId,
                                             const ApplicationDecision& decision) const;
    Check withdraw(qint64 applicationId, const QString& reason = {}) const;

    std::optional<Application> find(qint64 id) const;
    QVector<Application> list(const ApplicationQuery& query = {}) const;
    // Open dossiers whose deadline is past or within `days` days of `on`, soonest first.
    QVector<Application> dueWithin(QDate on, int days) const;

    // For a renewal: the company's right of that kind that would be renewed (the most recent one
    // not revoked), if any.
    std::optional<Right> renewalTarget(const Application& application) const;

private:
    Check openApplication(qint64 id, std::optional<Application>& found) const;
    Check checkAttachment(const QString& fileName, const QByteArray& bytes) const;
    Check wouldDecide(const Application& application, ApplicationDecision decision) const;
    ApplicationDecision withDefaults(ApplicationDecision decision) const;
    QString allocateReceipt(const Transaction& tx, QDate received) const;
    void audit(qint64 id, const QString& action, const QJsonObject& details) const;
    const Register& m_reg;
};

} // namespace cinereg
