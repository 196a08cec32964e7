#pragma once

#include "../Refusal.h"
#include "../Right.h"
#include "../Settings.h"
#include "Certificate.h"
#include "CertificateRenderer.h"
#include "CertificateStanding.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace cinereg {

class Register;
class SigningKey;
class Transaction;

struct Verification
{
    CertificateStatus status = CertificateStatus::Forged;
    QString reason;                         // translated: why this status
    std::optional<VerificationCode> code;   // the decoded fields, when the code could be read
    std::optional<CertificateContent> held; // what the register issued under that number

    static QString statusCode(CertificateStatus status); // valid, suspended, ...
    static QString statusLabel(CertificateStatus status);
};

// Issues accreditation certificates and tells a genuine one from a forgery. An issuance is
// recorded in the certificate register with the content it attests; asking again for the same
// content gives the same certificate (same number, same code), printed as a DUPLICATA.
class CertificateService
{
    Q_DECLARE_TR_FUNCTIONS(CertificateService)

public:
    explicit CertificateService(const Register& reg) : m_reg(reg) {}

    // Refused unless the accreditation is effective today (rule of the certificate).
    Check wouldIssue(qint64 accreditationId) const;
    // Each accreditation of a company with whether it can be certified today, and if not why.
    struct Certifiable
    {
        Right accreditation;
        Check allowed;
    };
    QVector<Certifiable> certifiableOf(qint64 companyId) const;

    // Issues (or finds) the certificates of these accreditations. The numbers are allocated in
    // short transactions; `render` then draws the pages where they go (a PDF being written, a
    // printer) holding no lock; only when it succeeds are the certificates recorded (short
    // transactions, synchronous=FULL), then `deliver` makes the output final (the PDF's atomic
    // rename), and the prints are recorded once it has. A refusal, a failed or cancelled render
    // records nothing (a cancelled batch leaves gaps in the numbering, never a certificate
    // nobody received); a failed delivery leaves the certificates recorded but not printed.
    // No render: the certificates are recorded, no print. A certificate printed before comes
    // back with `duplicate` set.
    using Output = std::function<bool(const QVector<CertificateContent>&)>;
    using Deliver = std::function<bool()>;
    Outcome<QVector<CertificateContent>> issue(const QVector<qint64>& accreditationIds,
                                               const Output& render,
                                               const Deliver& deliver = {}) const;

    // What issue() would print, marked as a preview, without number or verification code:
    // nothing is allocated or recorded.
    Outcome<QVector<CertificateContent>> preview(const QVector<qint64>& accreditationIds) const;

    // Certificates recorded by a batch are committed this many at a time, so that other
    // clerks' writes get the lock between two groups.
    static constexpr int RecordGroup = 50;

    // What every page of this register prints besides the certificate: the verification
    // address and the letterhead.
    CertificateRenderer::Options pageOptions() const;

    // The accreditations of a tier (both when none is given) effective on a day, by number; of
    // the given companies only, when some are given.
    QVector<qint64> effectiveAccreditations(std::optional<RightKind> tier, QDate on,
                                            const QVector<qint64>& ofCompanies = {}) const;

    Verification verify(const QString& code) const;
    QVector<CertificateRecord> ofCompany(qint64 companyId) const;
    // For `check`: certificates whose stored content no longer matches its fingerprint, or whose
    // code no longer verifies (the file was edited outside the program).
    QStringList integrityFindings() const;

private:
    struct Prepared
    {
        qint64 accreditationId = 0;
        qint64 id = 0; // in the certificate register; 0 until recorded
        CertificateContent content;
    };
    Check checkEffective(const Right& accreditation, const QVector<Right>& authorizations) const;
    Outcome<QVector<Prepared>> prepare(const QVector<qint64>& accreditationIds,
                                       const Settings& settings) const;
    // The sequence numbers a batch took from each series (tier and year), first and last.
    struct Reservation
    {
        RightKind tier = RightKind::National;
        int year = 0;
        int first = 0;
        int last = 0;
    };
    using Reserved = QVector<Reservation>;
    Reserved allocateAndSign(QVector<Prepared>& batch, const SigningKey& key,
                             const Settings& settings) const;
    QString allocateNumber(const Transaction& tx, RightKind tier, const Settings& settings,
                           Reserved& reserved) const;
    void release(const Reserved& reserved, const Settings& settings) const;
    void record(QVector<Prepared>& batch, const QString& keyId) const;
    void recordGroup(QVector<Prepared>& batch, const QVector<int>& group,
                     const QString& keyId) const;
    void recordPrints(const QVector<Prepared>& batch) const;
    const Register& m_reg;
};

} // namespace cinereg
