// The identifier validators and the text rules see every field a clerk, a script or an import
// gives: no input may crash them, normalising twice must change nothing, and what passes a
// format must really have that format.
#include "CompanyValidator.h"
#include "FuzzInput.h"
#include "Identifiers.h"
#include "Settings.h"
#include "TextRules.h"

using namespace cinereg;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = fuzzText(data, size);
    using namespace Identifiers;

    const QString ice = normalizeIce(text);
    FUZZ_ASSERT(normalizeIce(ice) == ice);
    if (iceHasValidFormat(ice)) {
        FUZZ_ASSERT(ice.size() == 15);
        for (QChar c : ice)
            FUZZ_ASSERT(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    }
    iceHasValidKey(ice);
    if (isValidRcNumber(text) || isValidTaxId(text) || isValidCnss(text))
        FUZZ_ASSERT(!text.contains(QLatin1Char('\n')));
    const QString cnie = normalizeCnie(text);
    FUZZ_ASSERT(normalizeCnie(cnie) == cnie);
    isValidCnie(cnie);
    isValidEmail(text);
    isValidPhone(text);
    isValidCountryCode(text);
    const QString form = normalizeLegalForm(text);
    FUZZ_ASSERT(normalizeLegalForm(form) == form);
    if (const auto date = parseIsoDate(text))
        FUZZ_ASSERT(date->isValid() && date->toString(Qt::ISODate) == text);

    const QString collapsed = TextRules::collapseSpaces(text);
    FUZZ_ASSERT(TextRules::collapseSpaces(collapsed) == collapsed);
    if (!TextRules::check(collapsed, QStringLiteral("name"), QStringLiteral("name"),
                          TextRules::NameMax, TextRules::Content::Name)) {
        FUZZ_ASSERT(collapsed.size() <= TextRules::NameMax);
        for (char32_t c : collapsed.toUcs4())
            FUZZ_ASSERT(!TextRules::isForbiddenCharacter(c));
    }

    // Every field of a company at once, as the service validates it.
    Company company;
    company.name = company.nameAr = company.rcNumber = company.rcCourt = company.ice = text;
    company.taxId = company.cnss = company.address = company.city = company.manager = text;
    company.managerId = company.email = company.phone = company.legalForm = text;
    company.memberships.append({text, {}});
    const Company normalized = CompanyValidator::normalized(company);
    FUZZ_ASSERT(CompanyValidator::normalized(normalized).name == normalized.name);
    static const Settings settings;
    for (const Refusal& problem : CompanyValidator::validate(normalized, settings))
        FUZZ_ASSERT(!problem.field.isEmpty() && !problem.message.isEmpty());
    return 0;
}
