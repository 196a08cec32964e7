// check, audit list, backup, restore
#include "CliCommand.h"
#include "services/IntegrityService.h"
#include "services/RestoreService.h"
#include "StorageError.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

int check(CliContext& ctx, const QCommandLineParser&, const QStringList&)
{
    const QStringList findings = ctx.reg().integrity().findings();
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{QStringLiteral("ok"), findings.isEmpty()},
                        {QStringLiteral("findings"), QJsonArray::fromStringList(findings)}});
    else if (findings.isEmpty())
        ctx.printText(Cli::tr("The register is sound: file integrity, references, audit trail and "
                              "rules checked."));
    else
        for (const QString& f : findings)
            ctx.out() << QStringLiteral("- ") << f << Qt::endl;
    return findings.isEmpty() ? Done : Refused;
}

int auditList(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    const QString entity = p.value(QStringLiteral("entity"));
    const QStringList entities{QStringLiteral("company"),       QStringLiteral("authorization"),
                               QStringLiteral("accreditation"), QStringLiteral("certificate"),
                               QStringLiteral("production"),    QStringLiteral("settings"),
                               QStringLiteral("application"),   QStringLiteral("register"),
                               QStringLiteral("account"),       QStringLiteral("proposal")};
    if (!entity.isEmpty() && !entities.contains(entity))
        return ctx.refuse(
            QStringLiteral("entity"),
            Cli::tr("--entity must be one of %1.").arg(entities.join(QStringLiteral(", "))));
    qint64 id = 0;
    if (p.isSet(QStringLiteral("id"))) {
        const auto parsed = ctx.id(p.value(QStringLiteral("id")), QStringLiteral("id"), code);
        if (!parsed)
            return code;
        id = *parsed;
    }
    const QVector<AuditEntry> entries = ctx.reg().integrity().auditTrail(entity, id);
    if (ctx.json()) {
        QJsonArray array;
        for (const AuditEntry& e : entries)
            array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), e.at.toString(Qt::ISODate)},
                                     {QStringLiteral("user"), e.user},
                                     {QStringLiteral("entity"), e.entity},
                                     {QStringLiteral("entity_id"), e.entityId},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("details"), e.details}});
        return ctx.printJson(array);
    }
    TextTable table({Cli::tr("When"), Cli::tr("Who"), Cli::tr("Record"), Cli::tr("Action"),
                     Cli::tr("Details")});
    for (const AuditEntry& e : entries)
        table.addRow(
            {e.at.toString(Qt::ISODate), e.user,
             QStringLiteral("%1 #%2").arg(e.entity).arg(e.entityId), e.action,
             QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)).left(100)});
    ctx.out() << table.render();
    return Done;
}

int backup(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const Check saved = RestoreService::backup(ctx.reg(), args.at(0));
    if (!saved)
        return ctx.refuse(saved.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("file"), args.at(0)}});
    return ctx.printText(Cli::tr("Backup written to %1.").arg(args.at(0)));
}

int restore(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const Check restored =
        RestoreService::restore(args.at(0), ctx.dbPath(), ctx.clock(), ctx.user());
    if (!restored)
        return ctx.refuse(restored.refusal());
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("file"), ctx.dbPath()}});
    return ctx.printText(Cli::tr("%1 restored into %2.").arg(args.at(0), ctx.dbPath()));
}

} // namespace

void addAdminCommands(CommandList& commands)
{
    commands.append({{QStringLiteral("check")},
                     QString(),
                     Cli::tr("Integrity of the file, its references, the audit trail and the "
                             "register's rules; exit 1 on any finding."),
                     {},
                     0,
                     check});
    commands.append(
        {{QStringLiteral("audit"), QStringLiteral("list")},
         QStringLiteral("[--entity company|authorization|accreditation|certificate] [--id ID]"),
         Cli::tr("Every recorded change: who, when, what."),
         {QCommandLineOption(QStringLiteral("entity"), Cli::tr("Kind of record."),
                             QStringLiteral("ENTITY")),
          QCommandLineOption(QStringLiteral("id"), Cli::tr("Id of the record."),
                             QStringLiteral("ID"))},
         0,
         auditList});
    commands.append({{QStringLiteral("backup")},
                     QStringLiteral("FILE"),
                     Cli::tr("A consistent copy of the register, safe while others work."),
                     {},
                     1,
                     backup});
    commands.append({{QStringLiteral("restore")},
                     QStringLiteral("FILE"),
                     Cli::tr("Restore a backup into an empty or new --db."),
                     {},
                     1,
                     restore});
}

} // namespace cinereg::cli
