// company add | edit | show | list
#include "certificates/CertificateService.h"
#include "CliCommand.h"
#include "CommandHelpers.h"
#include "Effectiveness.h"
#include "Identifiers.h"
#include "JsonExport.h"
#include "Names.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/RightService.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QList<QCommandLineOption> companyOptions()
{
    auto opt = [](const char* name, const QString& help, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value));
    };
    return {
        opt("name", Cli::tr("Company name (Latin script)."), "NAME"),
        opt("name-ar", Cli::tr("Company name in Arabic script."), "NAME"),
        opt("form", Cli::tr("Legal form: SA, SARL, SARL AU, SAS, SNC, SCS, SCA."), "FORM"),
        opt("rc", Cli::tr("Trade register (RC) number."), "NUMBER"),
        opt("rc-court", Cli::tr("Court of the trade register."), "COURT"),
        opt("ice", Cli::tr("ICE: 15 digits (spaces ignored)."), "ICE"),
        QCommandLineOption(
            QStringLiteral("confirm-ice-key"),
            Cli::tr("Accept an ICE whose check key fails (recorded in the history).")),
        opt("if", Cli::tr("Tax identifier (IF): 7 or 8 digits."), "NUMBER"),
        opt("cnss", Cli::tr("CNSS affiliation: 7 digits."), "NUMBER"),
        opt("capital", Cli::tr("Fully paid capital in whole dirhams."), "MAD"),
        opt("address", Cli::tr("Registered office address."), "TEXT"),
        opt("city", Cli::tr("City of the registered office."), "CITY"),
        opt("manager", Cli::tr("Manager's name."), "NAME"),
        opt("manager-id", Cli::tr("Manager's CNIE or residence permit number."), "ID"),
        opt("email", Cli::tr("E-mail address."), "EMAIL"),
        opt("phone", Cli::tr("Phone number."), "PHONE"),
        opt("member-of", Cli::tr("Professional body membership, BODY or BODY:SINCE (repeatable)."),
            "BODY"),
    };
}

// Applies the options given on the command line to `c`; returns Done or an exit code.
int applyCompanyOptions(CliContext& ctx, const QCommandLineParser& p, Company& c)
{
    auto set = [&](const char* option, QString& field) {
        if (p.isSet(QString::fromLatin1(option)))
            field = p.value(QString::fromLatin1(option));
    };
    set("name", c.name);
    set("name-ar", c.nameAr);
    set("form", c.legalForm);
    set("rc", c.rcNumber);
    set("rc-court", c.rcCourt);
    set("ice", c.ice);
    set("if", c.taxId);
    set("cnss", c.cnss);
    set("address", c.address);
    set("city", c.city);
    set("manager", c.manager);
    set("manager-id", c.managerId);
    set("email", c.email);
    set("phone", c.phone);
    if (p.isSet(QStringLiteral("confirm-ice-key")))
        c.iceKeyConfirmed = true;
    if (p.isSet(QStringLiteral("capital"))) {
        QString text = p.value(QStringLiteral("capital"));
        text.remove(QLatin1Char(' '));
        bool ok = false;
        const qint64 capital = text.toLongLong(&ok);
        if (!ok || capital < 0)
            return ctx.refuse(QStringLiteral("capital"),
                              Cli::tr("--capital: \"%1\" is not a whole number of dirhams, 0 or "
                                      "more.")
                                  .arg(p.value(QStringLiteral("capital"))));
        c.capital = capital;
    }
    if (p.isSet(QStringLiteral("member-of"))) {
        c.memberships.clear();
        for (const QString& value : p.values(QStringLiteral("member-of"))) {
            Membership m;
            m.body = value.section(QLatin1Char(':'), 0, 0);
            const QString since = value.section(QLatin1Char(':'), 1);
            if (!since.isEmpty()) {
                const auto date = Identifiers::parseIsoDate(since);
                if (!date)
                    return ctx.refuse(QStringLiteral("member-of"),
                                      Cli::tr("--member-of: \"%1\" is not a valid date "
                                              "(YYYY-MM-DD).")
                                          .arg(since));
                m.since = *date;
            }
            c.memberships.append(m);
        }
    }
    return Done;
}

int companyAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    for (const char* option : {"name", "form", "rc", "rc-court", "ice", "address", "city"})
        if (!ctx.required(p, QString::fromLatin1(option), code))
            return code;
    Company c;
    if ((code = applyCompanyOptions(ctx, p, c)) != Done)
        return code;
    const Outcome<qint64> added = ctx.reg().companies().add(c);
    if (!added)
        return ctx.refuse(added.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), added.value()}});
    return ctx.printText(Cli::tr("Company #%1 registered.").arg(added.value()));
}

int companyEdit(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    std::optional<Company> c = ctx.reg().companies().find(*id);
    if (!c)
        return ctx.refuse(
            Refusal{Rule::NotFound, QStringLiteral("id"), Cli::tr("No company #%1.").arg(*id)});
    if ((code = applyCompanyOptions(ctx, p, *c)) != Done)
        return code;
    const Check edited = ctx.reg().companies().edit(*c);
    if (!edited)
        return ctx.refuse(edited.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    return ctx.printText(Cli::tr("Company #%1 updated.").arg(*id));
}

int companyShow(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    Register& reg = ctx.reg();
    const std::optional<Company> c = reg.companies().find(*id);
    if (!c)
        return ctx.refuse(
            Refusal{Rule::NotFound, QStringLiteral("id"), Cli::tr("No company #%1.").arg(*id)});
    const CompanyRights held = reg.rights().ofCompany(*id);
    ProductionFilter filter;
    filter.executorId = *id;
    const QVector<Production> productions = reg.productions().list(filter);
    const QDate today = reg.today();
    const QVector<CertificateRecord> certificates = CertificateService(reg).ofCompany(*id);

    if (ctx.json()) {
        QJsonObject json = JsonExport::company(*c);
        QJsonArray authorizations, accreditations, shoots;
        for (const Right& r : held.authorizations)
            authorizations.append(JsonExport::right(r, today, held.authorizations));
        for (const Right& r : held.accreditations)
            accreditations.append(JsonExport::right(r, today, held.authorizations));
        for (const Production& pr : productions)
            shoots.append(JsonExport::production(pr));
        json.insert(QStringLiteral("authorizations"), authorizations);
        json.insert(QStringLiteral("accreditations"), accreditations);
        json.insert(QStringLiteral("productions"), shoots);
        QJsonArray issued;
        for (const CertificateRecord& e : certificates)
            issued.append(
                QJsonObject{{QStringLiteral("number"), e.issued.number},
                            {QStringLiteral("accreditation"), e.content.accreditationNumber},
                            {QStringLiteral("issued_on"), e.issued.issuedOn.toString(Qt::ISODate)},
                            {QStringLiteral("issued_by"), e.issued.issuedBy},
                            {QStringLiteral("prints"), e.issued.prints},
                            {QStringLiteral("verification_code"), e.issued.code}});
        json.insert(QStringLiteral("certificates"), issued);
        return ctx.printJson(json);
    }
    ctx.out() << describeCompany(*c) << Qt::endl;
    for (const Right& r : held.authorizations + held.accreditations)
        ctx.out() << describeRight(r, today, held.authorizations) << Qt::endl;
    if (!productions.isEmpty()) {
        TextTable table(
            {Cli::tr("Id"), Cli::tr("Title"), Cli::tr("Kind"), Cli::tr("From"), Cli::tr("To")});
        for (const Production& pr : productions)
            table.addRow({QString::number(pr.id), pr.title, Names::label(pr.kind),
                          pr.shootFrom.toString(Qt::ISODate), pr.shootTo.toString(Qt::ISODate)});
        ctx.out() << Cli::tr("Productions:") << Qt::endl << table.render();
    }
    if (!certificates.isEmpty()) {
        TextTable table({Cli::tr("Certificate"), Cli::tr("Accreditation"), Cli::tr("Issued on"),
                         Cli::tr("Prints")});
        for (const CertificateRecord& e : certificates)
            table.addRow({e.issued.number, e.content.accreditationNumber,
                          e.issued.issuedOn.toString(Qt::ISODate),
                          QString::number(e.issued.prints)});
        ctx.out() << Cli::tr("Certificates:") << Qt::endl << table.render();
    }
    return Done;
}

int companyList(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    CompanyListQuery query;
    query.filter.search = p.value(QStringLiteral("search"));
    query.filter.city = p.value(QStringLiteral("city"));
    query.filter.body = p.value(QStringLiteral("body")).toUpper();
    if (p.isSet(QStringLiteral("tier"))) {
        query.tier = Names::tier(p.value(QStringLiteral("tier")));
        if (!query.tier)
            return ctx.refuse(QStringLiteral("tier"),
                              Cli::tr("--tier must be national or international."));
    }
    if (p.isSet(QStringLiteral("status"))) {
        query.status = Names::rightStatus(p.value(QStringLiteral("status")));
        if (!query.status)
            return ctx.refuse(QStringLiteral("status"),
                              Cli::tr("--status must be one of active, suspended, revoked, "
                                      "expired, pending."));
    }
    const auto on = ctx.date(p, QStringLiteral("on"), false, code);
    if (code != Done)
        return code;
    query.on = on.value_or(ctx.reg().today());
    const QVector<CompanyListEntry> entries = ctx.reg().companies().list(query);

    auto statusCode = [](const std::optional<RightStatus>& s) {
        return s ? QJsonValue(Names::code(*s)) : QJsonValue();
    };
    auto standingLabel = [](const std::optional<Standing>& s) {
        return s ? s->label() : QStringLiteral("-");
    };
    if (ctx.json()) {
        QJsonArray array;
        for (const CompanyListEntry& e : entries) {
            QJsonObject json = JsonExport::summary(e.company);
            json.insert(QStringLiteral("authorization_status"),
                        statusCode(e.standing.of(RightKind::Authorization)));
            json.insert(QStringLiteral("national_status"),
                        statusCode(e.standing.of(RightKind::National)));
            json.insert(QStringLiteral("international_status"),
                        statusCode(e.standing.of(RightKind::International)));
            array.append(json);
        }
        return ctx.printJson(array);
    }
    TextTable table({Cli::tr("Id"), Cli::tr("Name"), Cli::tr("ICE"), Cli::tr("City"),
                     Cli::tr("Authorization"), Cli::tr("National"), Cli::tr("International")});
    for (const CompanyListEntry& e : entries)
        table.addRow({QString::number(e.company.id), e.company.name, e.company.ice, e.company.city,
                      standingLabel(e.standing.authorization), standingLabel(e.standing.national),
                      standingLabel(e.standing.international)});
    ctx.out() << table.render() << Cli::tr("%n company(ies).", nullptr, entries.size()) << Qt::endl;
    return Done;
}

} // namespace

void addCompanyCommands(CommandList& commands)
{
    commands.append(
        {{QStringLiteral("company"), QStringLiteral("add")},
         QStringLiteral("--name NAME --form FORM --rc NUMBER --rc-court COURT --ice ICE "
                        "--address TEXT --city CITY [...]"),
         Cli::tr("Register a production company."),
         companyOptions(),
         0,
         companyAdd});
    commands.append({{QStringLiteral("company"), QStringLiteral("edit")},
                     QStringLiteral("ID [any option of add]"),
                     Cli::tr("Change a company's record (every change is kept in the history)."),
                     companyOptions(),
                     1,
                     companyEdit});
    commands.append({{QStringLiteral("company"), QStringLiteral("show")},
                     QStringLiteral("ID"),
                     Cli::tr("A company with its rights, their status today and productions."),
                     {},
                     1,
                     companyShow});
    commands.append(
        {{QStringLiteral("company"), QStringLiteral("list")},
         QStringLiteral("[--search TEXT] [--city CITY] [--body BODY] [--tier TIER] [--on DATE] "
                        "[--status STATUS]"),
         Cli::tr("List companies; --tier and --status select by the status on --on (default "
                 "today): of that accreditation tier, else of the authorization."),
         {QCommandLineOption(QStringLiteral("search"),
                             Cli::tr("Names (Latin or Arabic; case, accents and Arabic letter "
                                     "forms ignored), ICE or RC."),
                             QStringLiteral("TEXT")),
          QCommandLineOption(QStringLiteral("city"), Cli::tr("City."), QStringLiteral("CITY")),
          QCommandLineOption(QStringLiteral("body"), Cli::tr("Professional body membership."),
                             QStringLiteral("BODY")),
          QCommandLineOption(QStringLiteral("tier"), Cli::tr("national or international."),
                             QStringLiteral("TIER")),
          QCommandLineOption(QStringLiteral("on"), Cli::tr("Date of the status (default today)."),
                             QStringLiteral("DATE")),
          QCommandLineOption(QStringLiteral("status"),
                             Cli::tr("active, suspended, revoked, expired or pending."),
                             QStringLiteral("STATUS"))},
         0,
         companyList});
}

} // namespace cinereg::cli
