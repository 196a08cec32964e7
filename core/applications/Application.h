#pragma once

#include "../Types.h"
#include "Names.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace cinereg {

enum class ApplicationStatus { Open, Granted, Refused, Withdrawn };

// The pieces a dossier may hold (DOMAIN.md, "Applications (dossiers)").
enum class PieceKind {
    Statutes,         // statutes whose purpose includes film production
    RegisteredOffice, // proof of the registered office
    BankCapital,      // bank certificate that the capital is fully paid
    TaxRegularity,    // tax-regularity certificate, less than one year old
    CnssRegularity,   // CNSS-regularity certificate, less than one year old
    ManagerId,        // manager's CNIE or residence permit
    CapitalProof,     // national accreditation: proof of capital (threshold of rule 4)
    Films,            // national accreditation: the films already produced
};

// A scan kept with the register: the bytes live in the database, so a backup keeps them.
struct Attachment
{
    qint64 id = 0;
    QString name; // the file's name when it was attached, without its folder
    qint64 size = 0;
    QString sha256; // hex
    QByteArray data;
    QString addedBy;
    QDateTime addedAt;
};

// One piece of a dossier: its kind, the date it bears and, optionally, its scan.
struct Piece
{
    qint64 id = 0;
    PieceKind kind = PieceKind::Statutes;
    QDate dated;
    std::optional<Attachment> attachment; // metadata only unless loaded with its bytes
    QString enteredBy;
    QDateTime enteredAt;
};

// An application (dossier) for a right: received on a day, with a receipt reference and a
// decision deadline; open until it is granted, refused or withdrawn.
struct Application
{
    qint64 id = 0;
    qint64 companyId = 0;
    RightKind kind = RightKind::Authorization; // what it asks for
    bool renewal = false;                      // renewal of the company's right of that kind
    QDate received;
    QString receipt; // récépissé reference
    QDate deadline;  // received + settings.applicationDeadlineDays
    ApplicationStatus status = ApplicationStatus::Open;
    QString decisionReference; // granted or refused
    QDate decidedOn;           // the day it was granted, refused or withdrawn
    QString reason;            // refusal (required) or withdrawal (optional)
    qint64 rightId = 0;        // the right granted or renewed
    QString createdBy;
    QDateTime createdAt;
    QVector<Piece> pieces; // at most one per kind

    bool isOpen() const { return status == ApplicationStatus::Open; }
    const Piece* piece(PieceKind kind) const;
    bool isOverdue(QDate today) const { return isOpen() && today > deadline; }
};

// Stable codes (database, CLI, JSON) and translated labels of the applications' vocabulary.
class ApplicationNames
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationNames)

public:
    static QString code(ApplicationStatus status);
    static QString code(PieceKind kind);
    static std::optional<ApplicationStatus> status(const QString& code);
    static std::optional<PieceKind> pieceKind(const QString& code);
    static QVector<PieceKind> allPieceKinds();

    static QString label(ApplicationStatus status);
    static QString label(PieceKind kind);
    // What it asks for, e.g. "renewal of the national production execution accreditation".
    static QString subject(RightKind kind, bool renewal);
    // "authorization", "national" or "international" (the CLI's --for).
    static QString forCode(RightKind kind) { return Names::code(kind); }
};

} // namespace cinereg
