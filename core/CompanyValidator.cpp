#include "CompanyValidator.h"

#include "Identifiers.h"

namespace cinereg {

using namespace Identifiers;

Company CompanyValidator::normalized(Company c)
{
    c.name = c.name.simplified();
    c.nameAr = c.nameAr.simplified();
    c.legalForm = normalizeLegalForm(c.legalForm);
    c.rcNumber = c.rcNumber.simplified().remove(QLatin1Char(' '));
    c.rcCourt = c.rcCourt.simplified();
    c.ice = normalizeIce(c.ice);
    c.taxId = c.taxId.simplified().remove(QLatin1Char(' '));
    c.cnss = c.cnss.simplified().remove(QLatin1Char(' '));
    c.address = c.address.simplified();
    c.city = c.city.simplified();
    c.manager = c.manager.simplified();
    c.managerId = normalizeCnie(c.managerId);
    c.email = c.email.trimmed();
    c.phone = c.phone.simplified();
    for (Membership& m : c.memberships)
        m.body = m.body.simplified().toUpper();
    return c;
}

QVector<Refusal> CompanyValidator::validate(const Company& c, const Settings& settings)
{
    QVector<Refusal> problems;
    auto required = [&](const QString& value, const char* field, const QString& label) {
        if (value.isEmpty()) {
            problems.append({Rule::RequiredField, QString::fromLatin1(field),
                             tr("%1 is required.").arg(label)});
            return false;
        }
        return true;
    };

    required(c.name, "name", tr("The company name"));
    if (required(c.legalForm, "form", tr("The legal form")) &&
        !knownLegalForms().contains(c.legalForm))
        problems.append({Rule::InvalidField, QStringLiteral("form"),
                         tr("Legal form \"%1\" is not one of %2.")
                             .arg(c.legalForm, knownLegalForms().join(QStringLiteral(", ")))});
    if (required(c.rcNumber, "rc", tr("The RC number")) && !isValidRcNumber(c.rcNumber))
        problems.append({Rule::InvalidField, QStringLiteral("rc"),
                         tr("RC number \"%1\" must be digits (e.g. 252633).").arg(c.rcNumber)});
    required(c.rcCourt, "rc-court", tr("The RC court"));
    if (required(c.ice, "ice", tr("The ICE"))) {
        if (!iceHasValidFormat(c.ice))
            problems.append({Rule::InvalidField, QStringLiteral("ice"),
                             tr("ICE \"%1\" must have exactly 15 digits.").arg(c.ice)});
        else if (!iceHasValidKey(c.ice) && !c.iceKeyConfirmed)
            problems.append({Rule::IceKeyUnconfirmed, QStringLiteral("ice"),
                             tr("ICE %1 fails its check key (the number is not a multiple of "
                                "97); verify it, or confirm it explicitly.")
                                 .arg(c.ice)});
    }
    if (!c.taxId.isEmpty() && !isValidTaxId(c.taxId))
        problems.append({Rule::InvalidField, QStringLiteral("if"),
                         tr("IF \"%1\" must have 7 or 8 digits.").arg(c.taxId)});
    if (!c.cnss.isEmpty() && !isValidCnss(c.cnss))
        problems.append({Rule::InvalidField, QStringLiteral("cnss"),
                         tr("CNSS affiliation \"%1\" must have 7 digits.").arg(c.cnss)});
    if (c.capital && *c.capital < 0)
        problems.append({Rule::InvalidField, QStringLiteral("capital"),
                         tr("The capital must be a whole number of dirhams, 0 or more.")});
    required(c.address, "address", tr("The registered office address"));
    required(c.city, "city", tr("The city"));
    if (!c.managerId.isEmpty() && !isValidCnie(c.managerId))
        problems.append({Rule::InvalidField, QStringLiteral("manager-id"),
                         tr("Manager's CNIE \"%1\" must be 1 or 2 letters followed by digits "
                            "(e.g. BE123456).")
                             .arg(c.managerId)});
    if (!c.email.isEmpty() && !isValidEmail(c.email))
        problems.append({Rule::InvalidField, QStringLiteral("email"),
                         tr("E-mail address \"%1\" is not valid.").arg(c.email)});
    if (!c.phone.isEmpty() && !isValidPhone(c.phone))
        problems.append({Rule::InvalidField, QStringLiteral("phone"),
                         tr("Phone number \"%1\" is not valid.").arg(c.phone)});
    for (const Membership& m : c.memberships)
        if (!settings.professionalBodies.contains(m.body))
            problems.append(
                {Rule::UnknownBody, QStringLiteral("member-of"),
                 tr("Professional body \"%1\" is not one of %2.")
                     .arg(m.body, settings.professionalBodies.join(QStringLiteral(", ")))});
    return problems;
}

} // namespace cinereg
