#include "CompanyValidator.h"

#include "Identifiers.h"
#include "TextRules.h"

#include <QSet>

namespace cinereg {

using namespace Identifiers;

Company CompanyValidator::normalized(Company c)
{
    // Spaces are collapsed but control characters are kept, so that validate() refuses a name
    // holding a line break instead of storing it silently changed.
    const auto collapse = &TextRules::collapseSpaces;
    c.name = collapse(c.name);
    c.nameAr = collapse(c.nameAr);
    c.legalForm = normalizeLegalForm(c.legalForm);
    c.rcNumber = collapse(c.rcNumber).remove(QLatin1Char(' '));
    c.rcCourt = collapse(c.rcCourt);
    c.ice = normalizeIce(c.ice);
    c.taxId = collapse(c.taxId).remove(QLatin1Char(' '));
    c.cnss = collapse(c.cnss).remove(QLatin1Char(' '));
    c.address = collapse(c.address);
    c.city = collapse(c.city);
    c.manager = collapse(c.manager);
    c.managerId = normalizeCnie(c.managerId);
    c.email = collapse(c.email);
    c.phone = collapse(c.phone);
    for (Membership& m : c.memberships)
        m.body = collapse(m.body).toUpper();
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

    // Length and characters first: a 1 MB name or a bidi override is reported as such, not as a
    // format error further down.
    QSet<QString> badText;
    auto text = [&](const QString& value, const char* field, const QString& label, int maxLength,
                    TextRules::Content content = TextRules::Content::FreeText) {
        if (auto refusal =
                TextRules::check(value, QString::fromLatin1(field), label, maxLength, content)) {
            problems.append(*refusal);
            badText.insert(refusal->field);
        }
    };
    text(c.name, "name", tr("The company name"), TextRules::NameMax, TextRules::Content::Name);
    text(c.nameAr, "name-ar", tr("The Arabic name"), TextRules::NameMax, TextRules::Content::Name);
    text(c.legalForm, "form", tr("The legal form"), TextRules::ReferenceMax);
    text(c.rcNumber, "rc", tr("The RC number"), TextRules::ReferenceMax);
    text(c.rcCourt, "rc-court", tr("The RC court"), TextRules::PlaceMax, TextRules::Content::Name);
    text(c.ice, "ice", tr("The ICE"), TextRules::ReferenceMax);
    text(c.taxId, "if", tr("The IF"), TextRules::ReferenceMax);
    text(c.cnss, "cnss", tr("The CNSS affiliation"), TextRules::ReferenceMax);
    text(c.address, "address", tr("The registered office address"), TextRules::AddressMax,
         TextRules::Content::Name);
    text(c.city, "city", tr("The city"), TextRules::PlaceMax, TextRules::Content::Name);
    text(c.manager, "manager", tr("The manager's name"), TextRules::NameMax,
         TextRules::Content::Name);
    text(c.managerId, "manager-id", tr("The manager's CNIE"), TextRules::ReferenceMax);
    text(c.email, "email", tr("The e-mail address"), TextRules::EmailMax);
    text(c.phone, "phone", tr("The phone number"), TextRules::PhoneMax);
    for (const Membership& m : c.memberships)
        if (!badText.contains(QStringLiteral("member-of")))
            text(m.body, "member-of", tr("The professional body"), TextRules::ReferenceMax);
    if (!badText.isEmpty()) // the format rules below would only repeat the same fields
        return problems;

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
