#include "Application.h"

#include "Names.h"

namespace cinereg {

const Piece* Application::piece(PieceKind kind) const
{
    for (const Piece& p : pieces)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

QString ApplicationNames::code(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Open:
        return QStringLiteral("open");
    case ApplicationStatus::Granted:
        return QStringLiteral("granted");
    case ApplicationStatus::Refused:
        return QStringLiteral("refused");
    case ApplicationStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

QString ApplicationNames::code(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Statutes:
        return QStringLiteral("statutes");
    case PieceKind::RegisteredOffice:
        return QStringLiteral("registered-office");
    case PieceKind::BankCapital:
        return QStringLiteral("bank-capital");
    case PieceKind::TaxRegularity:
        return QStringLiteral("tax-regularity");
    case PieceKind::CnssRegularity:
        return QStringLiteral("cnss-regularity");
    case PieceKind::ManagerId:
        return QStringLiteral("manager-id");
    case PieceKind::CapitalProof:
        return QStringLiteral("capital-proof");
    case PieceKind::Films:
        return QStringLiteral("films");
    }
    return {};
}

QVector<PieceKind> ApplicationNames::allPieceKinds()
{
    return {PieceKind::Statutes,       PieceKind::RegisteredOffice,
            PieceKind::BankCapital,    PieceKind::TaxRegularity,
            PieceKind::CnssRegularity, PieceKind::ManagerId,
            PieceKind::CapitalProof,   PieceKind::Films};
}

std::optional<ApplicationStatus> ApplicationNames::status(const QString& code)
{
    for (auto s : {ApplicationStatus::Open, ApplicationStatus::Granted, ApplicationStatus::Refused,
                   ApplicationStatus::Withdrawn})
        if (ApplicationNames::code(s) == code)
            return s;
    return std::nullopt;
}

std::optional<PieceKind> ApplicationNames::pieceKind(const QString& code)
{
    for (PieceKind k : allPieceKinds())
        if (ApplicationNames::code(k) == code)
            return k;
    return std::nullopt;
}

QString ApplicationNames::label(ApplicationStatus status)
{
    switch (status) {
    case ApplicationStatus::Open:
        return tr("open");
    case ApplicationStatus::Granted:
        return tr("granted");
    case ApplicationStatus::Refused:
        return tr("refused");
    case ApplicationStatus::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

QString ApplicationNames::label(PieceKind kind)
{
    switch (kind) {
    case PieceKind::Statutes:
        return tr("statutes (purpose including film production)");
    case PieceKind::RegisteredOffice:
        return tr("proof of the registered office");
    case PieceKind::BankCapital:
        return tr("bank certificate of fully paid capital");
    case PieceKind::TaxRegularity:
        return tr("tax-regularity certificate");
    case PieceKind::CnssRegularity:
        return tr("CNSS-regularity certificate");
    case PieceKind::ManagerId:
        return tr("manager's CNIE or residence permit");
    case PieceKind::CapitalProof:
        return tr("proof of capital");
    case PieceKind::Films:
        return tr("list of the films already produced");
    }
    return {};
}

QString ApplicationNames::subject(RightKind kind, bool renewal)
{
    if (!renewal)
        return Names::label(kind);
    switch (kind) {
    case RightKind::Authorization:
        return tr("renewal of the authorization to carry out production activity");
    case RightKind::National:
        return tr("renewal of the national production execution accreditation");
    case RightKind::International:
        return tr("renewal of the international production execution accreditation");
    }
    return {};
}

} // namespace cinereg
