// application file | document | list | show | decide | withdraw | receipt | attachment
#include "accounts/DecisionService.h"
#include "applications/ApplicationService.h"
#include "applications/DossierRules.h"
#include "applications/ReceiptDocument.h"
#include "CliCommand.h"
#include "CommandHelpers.h"
#include "JsonExport.h"
#include "Names.h"
#include "services/CompanyService.h"
#include "TextTable.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace cinereg::cli {

namespace {

QCommandLineOption option(const char* name, const QString& help, const char* value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name), help);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonArray array(const QStringList& items)
{
    return QJsonArray::fromStringList(items);
}

QString pieceCodes()
{
    QStringList codes;
    for (PieceKind k : ApplicationNames::allPieceKinds())
        codes.append(ApplicationNames::code(k));
    return codes.join(QStringLiteral(", "));
}

// The --kind option naming a piece of the dossier; nullopt and the exit code when it is absent
// (usage error) or names no piece (refused).
std::optional<PieceKind> pieceKindOption(CliContext& ctx, const QCommandLineParser& p, int& code)
{
    const auto text = ctx.required(p, QStringLiteral("kind"), code);
    if (!text)
        return std::nullopt;
    const auto kind = ApplicationNames::pieceKind(text->trimmed().toLower());
    if (!kind)
        code = ctx.refuse(QStringLiteral("kind"),
                          Cli::tr("--kind must be one of %1.").arg(pieceCodes()));
    return kind;
}

// The contract's fields first (id, company, for, received, deadline, status, missing), then more.
QJsonObject applicationJson(const Application& a, QDate today, const QString& companyName)
{
    QJsonObject json{{QStringLiteral("id"), a.id},
                     {QStringLiteral("company"), a.companyId},
                     {QStringLiteral("for"), ApplicationNames::forCode(a.kind)},
                     {QStringLiteral("received"), iso(a.received)},
                     {QStringLiteral("deadline"), iso(a.deadline)},
                     {QStringLiteral("status"), ApplicationNames::code(a.status)},
                     {QStringLiteral("missing"), array(DossierRules::missing(a))},
                     {QStringLiteral("renewal"), a.renewal},
                     {QStringLiteral("receipt"), a.receipt},
                     {QStringLiteral("company_name"), companyName},
                     {QStringLiteral("overdue"), a.isOverdue(today)},
                     {QStringLiteral("stale"), array(DossierRules::stale(a, today))}};
    if (!a.isOpen()) {
        json.insert(QStringLiteral("decided_on"), JsonExport::date(a.decidedOn));
        if (!a.decisionReference.isEmpty())
            json.insert(QStringLiteral("decision"), a.decisionReference);
        if (!a.reason.isEmpty())
            json.insert(QStringLiteral("reason"), a.reason);
        if (a.rightId)
            json.insert(QStringLiteral("right_id"), a.rightId);
    }
    return json;
}

// One line of DossierRules::pieces, the list every view of a dossier shows.
QJsonObject pieceJson(const DossierRules::Item& item)
{
    QJsonObject json{{QStringLiteral("kind"), ApplicationNames::code(item.kind)},
                     {QStringLiteral("required"), item.required},
                     {QStringLiteral("state"), DossierRules::stateCode(item.state)}};
    if (item.piece) {
        json.insert(QStringLiteral("dated"), iso(item.piece->dated));
        if (item.piece->attachment)
            json.insert(QStringLiteral("attachment"),
                        QJsonObject{{QStringLiteral("name"), item.piece->attachment->name},
                                    {QStringLiteral("size"), item.piece->attachment->size},
                                    {QStringLiteral("sha256"), item.piece->attachment->sha256}});
    }
    return json;
}

QString companyName(CliContext& ctx, qint64 companyId)
{
    const auto summaries = ctx.reg().companies().summaries({companyId});
    return summaries.isEmpty() ? QString() : summaries.front().name;
}

std::optional<RightKind> parseFor(const QString& text)
{
    return Names::rightKind(text.trimmed().toLower());
}

std::optional<Application> findApplication(CliContext& ctx, const QStringList& args, int& code,
                                           qint64& id)
{
    const auto parsed = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!parsed)
        return std::nullopt;
    id = *parsed;
    std::optional<Application> app = ApplicationService(ctx.reg()).find(id);
    if (!app)
        code = ctx.refuse(
            Refusal{Rule::NotFound, QStringLiteral("id"), Cli::tr("No dossier #%1.").arg(id)});
    return app;
}

int fileCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto companyId = ctx.id(args.at(0), QStringLiteral("company"), code);
    if (!companyId)
        return code;
    const auto forText = ctx.required(p, QStringLiteral("for"), code);
    if (!forText)
        return code;
    const auto kind = parseFor(*forText);
    if (!kind)
        return ctx.refuse(QStringLiteral("for"),
                          Cli::tr("--for must be authorization, national or international."));
    const auto received = ctx.date(p, QStringLiteral("received"), true, code);
    if (!received)
        return code;
    NewApplication request;
    request.companyId = *companyId;
    request.kind = *kind;
    request.renewal = p.isSet(QStringLiteral("renewal"));
    request.received = *received;
    request.receipt = p.value(QStringLiteral("receipt"));
    const Outcome<Filed> filed = ApplicationService(ctx.reg()).file(request);
    if (!filed)
        return ctx.refuse(filed.refusal());
    const Filed& f = filed.value();
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("id"), f.id},
                                         {QStringLiteral("deadline"), iso(f.deadline)},
                                         {QStringLiteral("missing"), array(f.missing)},
                                         {QStringLiteral("receipt"), f.receipt}});
    return ctx.printText(Cli::tr("Dossier #%1 filed, receipt %2; decision due by %3.")
                             .arg(f.id)
                             .arg(f.receipt, iso(f.deadline)));
}

int documentCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const auto kind = pieceKindOption(ctx, p, code);
    if (!kind)
        return code;
    const auto dated = ctx.date(p, QStringLiteral("dated"), true, code);
    if (!dated)
        return code;
    QString fileName;
    QByteArray bytes;
    if (p.isSet(QStringLiteral("file"))) {
        const QString path = p.value(QStringLiteral("file"));
        QFile file(path);
        if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
            return ctx.refuse(QStringLiteral("file"),
                              Cli::tr("Cannot read %1: %2").arg(path, file.errorString()));
        bytes = file.readAll();
        fileName = path;
    }
    const ApplicationService service(ctx.reg());
    const Outcome<qint64> recorded = service.recordPiece(*id, *kind, *dated, fileName, bytes);
    if (!recorded)
        return ctx.refuse(recorded.refusal());
    const Application app = *service.find(*id);
    if (ctx.json()) {
        QJsonObject json;
        for (const DossierRules::Item& item : DossierRules::pieces(app, ctx.reg().today()))
            if (item.kind == *kind)
                json = pieceJson(item);
        json.insert(QStringLiteral("id"), *id);
        json.insert(QStringLiteral("piece_id"), recorded.value());
        json.insert(QStringLiteral("missing"), array(DossierRules::missing(app)));
        return ctx.printJson(json);
    }
    const QStringList missing = DossierRules::missing(app);
    return ctx.printText(
        Cli::tr("%1 dated %2 recorded in dossier %3. Still missing: %4.")
            .arg(ApplicationNames::label(*kind), iso(*dated), app.receipt,
                 missing.isEmpty() ? Cli::tr("nothing") : missing.join(QStringLiteral(", "))));
}

int listCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    ApplicationQuery query;
    query.openOnly = p.isSet(QStringLiteral("open"));
    query.overdueOnly = p.isSet(QStringLiteral("overdue"));
    if (p.isSet(QStringLiteral("company"))) {
        const auto company =
            ctx.id(p.value(QStringLiteral("company")), QStringLiteral("company"), code);
        if (!company)
            return code;
        query.companyId = *company;
    }
    const QVector<Application> apps = ApplicationService(ctx.reg()).list(query);
    QVector<qint64> ids;
    for (const Application& a : apps)
        ids.append(a.companyId);
    QHash<qint64, QString> names;
    for (const CompanySummary& s : ctx.reg().companies().summaries(ids))
        names.insert(s.id, s.name);
    const QDate today = ctx.reg().today();
    if (ctx.json()) {
        QJsonArray out;
        for (const Application& a : apps)
            out.append(applicationJson(a, today, names.value(a.companyId)));
        return ctx.printJson(out);
    }
    TextTable table({Cli::tr("Id"), Cli::tr("Receipt"), Cli::tr("Company"), Cli::tr("For"),
                     Cli::tr("Received"), Cli::tr("Deadline"), Cli::tr("Status"),
                     Cli::tr("Missing")});
    for (const Application& a : apps) {
        QString status = ApplicationNames::label(a.status);
        if (a.isOverdue(today))
            status += QStringLiteral(" (%1)").arg(Cli::tr("overdue"));
        table.addRow({QString::number(a.id), a.receipt, names.value(a.companyId),
                      ApplicationNames::subject(a.kind, a.renewal), iso(a.received),
                      iso(a.deadline), status,
                      DossierRules::missing(a).join(QStringLiteral(", "))});
    }
    if (table.isEmpty())
        return ctx.printText(Cli::tr("No dossier."));
    ctx.out() << table.render();
    return Done;
}

int showCommand(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    int code = Done;
    qint64 id = 0;
    const std::optional<Application> app = findApplication(ctx, args, code, id);
    if (!app)
        return code;
    const QDate today = ctx.reg().today();
    const QString name = companyName(ctx, app->companyId);
    if (ctx.json()) {
        QJsonObject json = applicationJson(*app, today, name);
        QJsonArray pieces;
        for (const DossierRules::Item& item : DossierRules::pieces(*app, today))
            pieces.append(pieceJson(item));
        json.insert(QStringLiteral("pieces"), pieces);
        return ctx.printJson(json);
    }
    ctx.out() << Cli::tr("Dossier #%1, receipt %2: %3 for %4.")
                     .arg(app->id)
                     .arg(app->receipt, ApplicationNames::subject(app->kind, app->renewal), name)
              << Qt::endl
              << Cli::tr("Received %1, decision due by %2; %3.")
                     .arg(iso(app->received), iso(app->deadline),
                          ApplicationNames::label(app->status))
              << Qt::endl;
    TextTable table({Cli::tr("Piece"), Cli::tr("Dated"), Cli::tr("State"), Cli::tr("Scan")});
    for (const DossierRules::Item& item : DossierRules::pieces(*app, today))
        table.addRow(
            {DossierRules::pieceLabel(item), item.piece ? iso(item.piece->dated) : QString(),
             DossierRules::stateLabel(item.state),
             item.piece && item.piece->attachment ? item.piece->attachment->name : QString()});
    ctx.out() << table.render();
    return Done;
}

int decideCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const bool grant = p.isSet(QStringLiteral("grant"));
    const bool refuse = p.isSet(QStringLiteral("refuse"));
    if (grant == refuse)
        return ctx.usage(Cli::tr("Give exactly one of --grant or --refuse."));
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    ApplicationDecision decision;
    decision.grant = grant;
    const auto reference = ctx.required(p, QStringLiteral("decision"), code);
    if (!reference)
        return code;
    decision.reference = *reference;
    if (grant) {
        const auto from = ctx.date(p, QStringLiteral("from"), true, code);
        if (!from)
            return code;
        decision.validFrom = *from;
        const auto end = ctx.validityEnd(p, code);
        if (!end)
            return code;
        decision.end = *end;
    } else {
        const auto reason = ctx.required(p, QStringLiteral("reason"), code);
        if (!reason)
            return code;
        decision.reason = *reason;
    }
    const auto decisionDate = ctx.date(p, QStringLiteral("decision-date"), false, code);
    if (code != Done)
        return code;
    decision.decisionDate = decisionDate.value_or(QDate());

    const Outcome<Submission> decided = ctx.reg().decisions().decideApplication(*id, decision);
    if (!decided) {
        Refusal refusal = decided.refusal();
        if (refusal.rule == Rule::DossierIncomplete || refusal.rule == Rule::DossierPieceStale) {
            // The field is the piece's kind, not an option of this command.
            refusal.message += QStringLiteral(" [%1: %2]").arg(Cli::tr("piece"), refusal.field);
            refusal.field.clear();
        }
        return ctx.refuse(refusal);
    }
    if (decided.value().proposed())
        return printProposed(ctx, decided.value().proposal);
    const ApplicationOutcome& o = decided.value().application;
    if (ctx.json()) {
        QJsonObject json{{QStringLiteral("id"), *id},
                         {QStringLiteral("status"), ApplicationNames::code(o.status)}};
        if (o.rightId) {
            json.insert(QStringLiteral("right_id"), o.rightId);
            json.insert(QStringLiteral("number"), o.number);
        }
        return ctx.printJson(json);
    }
    if (o.status == ApplicationStatus::Granted)
        return ctx.printText(Cli::tr("Dossier #%1 granted: %2 (right id %3).")
                                 .arg(*id)
                                 .arg(o.number)
                                 .arg(o.rightId));
    return ctx.printText(Cli::tr("Dossier #%1 refused.").arg(*id));
}

int withdrawCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const Check withdrawn =
        ApplicationService(ctx.reg()).withdraw(*id, p.value(QStringLiteral("reason")));
    if (!withdrawn)
        return ctx.refuse(withdrawn.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{
            {QStringLiteral("id"), *id},
            {QStringLiteral("status"), ApplicationNames::code(ApplicationStatus::Withdrawn)}});
    return ctx.printText(Cli::tr("Dossier #%1 withdrawn.").arg(*id));
}

int receiptCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const auto out = ctx.required(p, QStringLiteral("out"), code);
    if (!out)
        return code;
    const auto receipt = ReceiptDocument::load(ctx.reg(), *id);
    if (!receipt)
        return ctx.refuse(receipt.refusal());
    const Check written = receipt.value()->writePdf(*out);
    if (!written)
        return ctx.refuse(written.refusal());
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("id"), *id},
                        {QStringLiteral("receipt"), receipt.value()->application().receipt},
                        {QStringLiteral("file"), QFileInfo(*out).absoluteFilePath()}});
    return ctx.printText(
        Cli::tr("Receipt %1 written to %2.").arg(receipt.value()->application().receipt, *out));
}

int attachmentCommand(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const auto kind = pieceKindOption(ctx, p, code);
    if (!kind)
        return code;
    const auto out = ctx.required(p, QStringLiteral("out"), code);
    if (!out)
        return code;
    const std::optional<Attachment> scan = ApplicationService(ctx.reg()).attachment(*id, *kind);
    if (!scan)
        return ctx.refuse(Refusal{Rule::NotFound, QStringLiteral("kind"),
                                  Cli::tr("Dossier #%1 has no scan of the %2.")
                                      .arg(*id)
                                      .arg(ApplicationNames::label(*kind))});
    QSaveFile file(*out); // all or nothing, never a truncated scan
    if (!file.open(QIODevice::WriteOnly) || file.write(scan->data) != scan->data.size() ||
        !file.commit())
        return ctx.refuse(QStringLiteral("out"),
                          Cli::tr("Cannot write %1: %2").arg(*out, file.errorString()));
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("name"), scan->name},
                        {QStringLiteral("size"), scan->size},
                        {QStringLiteral("sha256"), scan->sha256},
                        {QStringLiteral("file"), QFileInfo(*out).absoluteFilePath()}});
    return ctx.printText(
        Cli::tr("%1 (%2 bytes) written to %3.").arg(scan->name).arg(scan->size).arg(*out));
}

} // namespace

void addApplicationCommands(CommandList& commands)
{
    const QString group = QStringLiteral("application");
    const QCommandLineOption kind =
        option("kind", Cli::tr("Kind of piece: %1.").arg(pieceCodes()), "KIND");
    commands.append(
        {{group, QStringLiteral("file")},
         QStringLiteral("COMPANY_ID --for authorization|national|international [--renewal] "
                        "--received DATE [--receipt REF]"),
         Cli::tr("Record a dossier received; prints its id and decision deadline."),
         {option("for", Cli::tr("What it asks for: authorization, national or international."),
                 "FOR"),
          option("renewal", Cli::tr("A renewal of the company's right of that kind.")),
          option("received", Cli::tr("The day the dossier was received."), "DATE"),
          option("receipt", Cli::tr("Receipt reference (default: the next REC-YEAR-NNNN)."),
                 "REF")},
         1,
         fileCommand});
    commands.append(
        {{group, QStringLiteral("document")},
         QStringLiteral("ID --kind KIND --dated DATE [--file PATH]"),
         Cli::tr("Record a piece of the dossier with its date, and its scan."),
         {kind, option("dated", Cli::tr("The date the piece bears."), "DATE"),
          option("file", Cli::tr("A scan of the piece, kept in the register."), "PATH")},
         1,
         documentCommand});
    commands.append({{group, QStringLiteral("list")},
                     QStringLiteral("[--open] [--overdue] [--company COMPANY_ID]"),
                     Cli::tr("Dossiers, open ones first (soonest deadline first)."),
                     {option("open", Cli::tr("Only open dossiers.")),
                      option("overdue", Cli::tr("Only open dossiers past their deadline.")),
                      option("company", Cli::tr("Only this company's dossiers."), "COMPANY_ID")},
                     0,
                     listCommand});
    commands.append({{group, QStringLiteral("show")},
                     QStringLiteral("ID"),
                     Cli::tr("The dossier with its checklist of pieces."),
                     {},
                     1,
                     showCommand});
    commands.append(
        {{group, QStringLiteral("decide")},
         QStringLiteral("ID --grant --decision REF --from DATE [--until DATE | --no-end] | "
                        "ID --refuse --decision REF --reason TEXT"),
         Cli::tr("Grant the right asked for (same rules as a direct grant; the dossier must be "
                 "complete and its certificates less than one year old), or refuse it with its "
                 "reason."),
         {option("grant", Cli::tr("Grant the right.")),
          option("refuse", Cli::tr("Refuse the application.")),
          option("decision", Cli::tr("Reference of the decision."), "REF"),
          option("from", Cli::tr("Start of validity (renewal: the day it takes effect)."), "DATE"),
          option("until", Cli::tr("End of validity (a renewal requires it)."), "DATE"),
          option("no-end", Cli::tr("Valid without limit of duration, whatever the default term.")),
          option("reason", Cli::tr("Why it is refused (required)."), "TEXT"),
          option("decision-date",
                 Cli::tr("Date the decision was signed (default today); the pieces are judged on "
                         "it."),
                 "DATE")},
         1,
         decideCommand});
    commands.append({{group, QStringLiteral("withdraw")},
                     QStringLiteral("ID [--reason TEXT]"),
                     Cli::tr("Close a dossier its company withdrew."),
                     {option("reason", Cli::tr("Why (optional)."), "TEXT")},
                     1,
                     withdrawCommand});
    commands.append({{group, QStringLiteral("receipt")},
                     QStringLiteral("ID --out FILE.pdf"),
                     Cli::tr("Print the dossier's receipt (French and Arabic, one A4 page)."),
                     {option("out", Cli::tr("The PDF file to write."), "FILE")},
                     1,
                     receiptCommand});
    commands.append({{group, QStringLiteral("attachment")},
                     QStringLiteral("ID --kind KIND --out FILE"),
                     Cli::tr("Save the scan of a piece to a file."),
                     {kind, option("out", Cli::tr("The file to write."), "FILE")},
                     1,
                     attachmentCommand});
}

} // namespace cinereg::cli
