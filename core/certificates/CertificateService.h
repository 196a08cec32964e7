#pragma once

#include "../Refusal.h"
#include "../Right.h"
#include "../Settings.h"
#include "../store/CertificateStore.h"
#include "Certificate.h"
#include "CertificateStanding.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QVector>

namespace cinereg {

class Register;
class SigningKey;

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

    // Issues (or finds) the certificates of these accreditations, hands them to `output` (which
    // renders or prints them and says whether it succeeded), then records the prints (no output:
    // no print recorded); all in one transaction, so a refusal, a failed output or a cancel writes
    // nothing. A certificate printed before comes back with `duplicate` set.
    using Output = std::function<bool(const QVector<CertificateContent>&)>;
    Outcome<QVector<CertificateContent>> issue(const QVector<qint64>& accreditationIds,
                                               const Output& output) const;

    // For a print the clerk confirms in a dialog: issue() with no output records the
    // certificates (numbers allocated) without holding the register while the dialog is open;
    // recordPrinted() then records the print once it is done.
    void recordPrinted(const QVector<CertificateContent>& printed) const;

    // The accreditations of a tier (both when none is given) effective on a day, by number; of
    // the given companies only, when some are given.
    QVector<qint64> effectiveAccreditations(std::optional<RightKind> tier, QDate on,
                                            const QVector<qint64>& ofCompanies = {}) const;

    Verification verify(const QString& code) const;
    QVector<CertificateStore::Entry> ofCompany(qint64 companyId) const;
    // For `check`: certificates whose stored content no longer matches its fingerprint, or whose
    // code no longer verifies (the file was edited outside the program).
    QStringList integrityFindings() const;

private:
    struct Prepared
    {
        qint64 id = 0; // in the certificate register
        CertificateContent content;
    };
    Check checkEffective(const Right& accreditation, const QVector<Right>& authorizations) const;
    Outcome<Prepared> prepare(qint64 accreditationId, const SigningKey& key,
                              const Settings& settings) const;
    QString allocateNumber(RightKind tier, const Settings& settings) const;
    void recordPrints(const QVector<qint64>& certificateIds,
                      const QVector<CertificateContent>& printed) const;
    const Register& m_reg;
};

} // namespace cinereg
