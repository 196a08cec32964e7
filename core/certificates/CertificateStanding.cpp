#include "CertificateStanding.h"

#include "EffectivenessRules.h"

#include <QCoreApplication>

namespace cinereg {

CertificateStatus CertificateStanding::statusOf(const Effectiveness& e, QDate printedUntil,
                                                QDate on)
{
    if (e.own == RightStatus::Revoked || e.authorization == RightStatus::Revoked)
        return CertificateStatus::Revoked;
    if (e.own == RightStatus::Suspended || e.authorization == RightStatus::Suspended)
        return CertificateStatus::Suspended;
    if ((printedUntil.isValid() && on > printedUntil) || !e.effective)
        return CertificateStatus::Expired;
    return CertificateStatus::Valid;
}

CertificateStanding CertificateStanding::of(const Right& accreditation,
                                            const QVector<Right>& authorizations,
                                            QDate printedUntil, QDate on)
{
    const Effectiveness e = EffectivenessRules::on(accreditation, authorizations, on);
    const CertificateStatus status = statusOf(e, printedUntil, on);
    // The reasons were first written in CertificateService and keep its translation context.
    switch (status) {
    case CertificateStatus::Revoked:
        return {status,
                e.own == RightStatus::Revoked
                    ? QCoreApplication::translate("CertificateService",
                                                  "The accreditation %1 has been revoked.")
                          .arg(accreditation.number)
                    : QCoreApplication::translate("CertificateService",
                                                  "The company's authorization has been revoked.")};
    case CertificateStatus::Suspended:
        return {status,
                e.own == RightStatus::Suspended
                    ? QCoreApplication::translate("CertificateService",
                                                  "The accreditation %1 is suspended.")
                          .arg(accreditation.number)
                    : QCoreApplication::translate("CertificateService",
                                                  "The company's authorization is suspended.")};
    case CertificateStatus::Expired:
        return {status,
                printedUntil.isValid() && on > printedUntil
                    ? QCoreApplication::translate("CertificateService",
                                                  "The certificate's validity ended on %1.")
                          .arg(printedUntil.toString(Qt::ISODate))
                    : QCoreApplication::translate("CertificateService",
                                                  "The accreditation %1 is no longer in force.")
                          .arg(accreditation.number)};
    default:
        return {status, QCoreApplication::translate(
                            "CertificateService",
                            "Genuine certificate; the accreditation is in force on %1.")
                            .arg(on.toString(Qt::ISODate))};
    }
}

} // namespace cinereg
