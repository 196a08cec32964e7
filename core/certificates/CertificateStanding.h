#pragma once

#include "../Effectiveness.h"
#include "../Right.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace cinereg {

enum class CertificateStatus { Valid, Suspended, Revoked, Expired, Unknown, Forged };

// How a genuine certificate stands on a day: the one rule that `certificate verify`, the verify
// dialog and the published status list share, so the public page can never say "valid" where
// the program says "suspended". Revoked (the accreditation or its authorization) comes first,
// then suspended (either), then expired (the printed validity ended, or the accreditation is no
// longer in force), else valid.
struct CertificateStanding
{
    CertificateStatus status = CertificateStatus::Valid;
    QString reason; // translated

    static CertificateStanding of(const Right& accreditation, const QVector<Right>& authorizations,
                                  QDate printedUntil, QDate on);
    // The status alone, from the accreditation's effectiveness that day: for the published list,
    // which computes each accreditation's effectiveness once for all its certificates.
    static CertificateStatus statusOf(const Effectiveness& e, QDate printedUntil, QDate on);
};

} // namespace cinereg
