#include "CertificateStanding.h"

#include "../Effectiveness.h"

#include <QCoreApplication>

namespace cinereg {

CertificateStanding CertificateStanding::of(const Right& accreditation,
                                            const QVector<Right>& authorizations,
                                            QDate printedUntil, QDate on)
{
    // The reasons were first written in CertificateService and keep its translation context.
    const Effectiveness e = EffectivenessRules::on(accreditation, authorizations, on);
    const std::optional<RightStatus> authorization = e.authorization;
    if (e.own == RightStatus::Revoked || authorization == RightStatus::Revoked)
        return {CertificateStatus::Revoked,
                e.own == RightStatus::Revoked
                    ? QCoreApplication::translate("CertificateService",
                                                  "The accreditation %1 has been revoked.")
                          .arg(accreditation.number)
                    : QCoreApplication::translate("CertificateService",
                                                  "The company's authorization has been revoked.")};
    if (e.own == RightStatus::Suspended || authorization == RightStatus::Suspended)
        return {CertificateStatus::Suspended,
                e.own == RightStatus::Suspended
                    ? QCoreApplication::translate("CertificateService",
                                                  "The accreditation %1 is suspended.")
                          .arg(accreditation.number)
                    : QCoreApplication::translate("CertificateService",
                                                  "The company's authorization is suspended.")};
    const bool printedValidityEnded = printedUntil.isValid() && on > printedUntil;
    if (printedValidityEnded)
        return {CertificateStatus::Expired,
                QCoreApplication::translate("CertificateService",
                                            "The certificate's validity ended on %1.")
                    .arg(printedUntil.toString(Qt::ISODate))};
    if (!e.effective)
        return {CertificateStatus::Expired,
                QCoreApplication::translate("CertificateService",
                                            "The accreditation %1 is no longer in force.")
                    .arg(accreditation.number)};
    return {CertificateStatus::Valid,
            QCoreApplication::translate("CertificateService",
                                        "Genuine certificate; the accreditation is in force on %1.")
                .arg(on.toString(Qt::ISODate))};
}

} // namespace cinereg
