// key create | import FILE | show: the CCM's signing key enters use only through these (or the
// window's settings), never silently when a certificate is issued.
#include "certificates/SigningKeyRegistry.h"
#include "CliCommand.h"
#include "TextTable.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

int keyDone(CliContext& ctx, const Outcome<QString>& keyId, const QString& text)
{
    if (!keyId)
        return ctx.refuse(keyId.refusal());
    const QString path = SigningKeyRegistry(ctx.reg()).keyPath();
    if (ctx.json())
        return ctx.printJson(
            QJsonObject{{QStringLiteral("key_id"), keyId.value()}, {QStringLiteral("file"), path}});
    return ctx.printText(text.arg(keyId.value(), QDir::toNativeSeparators(path)));
}

int keyCreate(CliContext& ctx, const QCommandLineParser&, const QStringList&)
{
    return keyDone(ctx, SigningKeyRegistry(ctx.reg()).create(),
                   Cli::tr("Signing key %1 created in %2 (readable by its owner only) and "
                           "registered in the register."));
}

int keyImport(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    return keyDone(ctx, SigningKeyRegistry(ctx.reg()).importFile(args.at(0)),
                   Cli::tr("Signing key %1 imported into %2 (readable by its owner only) and "
                           "registered in the register."));
}

int keyShow(CliContext& ctx, const QCommandLineParser&, const QStringList&)
{
    const SigningKeyRegistry registry(ctx.reg());
    const auto usable = registry.forIssuing(ctx.reg().settings());
    const QVector<SigningKeyRecord> keys = registry.keys();
    if (ctx.json()) {
        QJsonArray array;
        for (const SigningKeyRecord& k : keys)
            array.append(QJsonObject{{QStringLiteral("key_id"), k.keyId},
                                     {QStringLiteral("added_at"), k.addedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("added_by"), k.addedBy},
                                     {QStringLiteral("registered"), k.registered}});
        QJsonObject o{{QStringLiteral("file"), registry.keyPath()},
                      {QStringLiteral("usable"), usable.ok()},
                      {QStringLiteral("keys"), array}};
        if (usable)
            o.insert(QStringLiteral("key_id"), usable.value().keyId());
        else
            o.insert(QStringLiteral("problem"), usable.refusal().message);
        return ctx.printJson(o);
    }
    ctx.out() << (usable ? Cli::tr("This workstation signs with key %1 (%2).")
                               .arg(usable.value().keyId(),
                                    QDir::toNativeSeparators(registry.keyPath()))
                         : usable.refusal().message)
              << Qt::endl;
    TextTable table({Cli::tr("Key"), Cli::tr("Added"), Cli::tr("By"), Cli::tr("Trusted")});
    for (const SigningKeyRecord& k : keys)
        table.addRow({k.keyId, k.addedAt.toString(Qt::ISODate), k.addedBy,
                      k.registered ? Cli::tr("yes") : Cli::tr("no: not registered")});
    ctx.out() << table.render();
    return Done;
}

} // namespace

void addKeyCommands(CommandList& commands)
{
    commands.append({{QStringLiteral("key"), QStringLiteral("create")},
                     QString(),
                     Cli::tr("Create the CCM's signing key (administrator; once) in the file the "
                             "settings name, and register its public half."),
                     {},
                     0,
                     keyCreate});
    commands.append({{QStringLiteral("key"), QStringLiteral("import")},
                     QStringLiteral("FILE"),
                     Cli::tr("Install the CCM's signing key from FILE on this workstation "
                             "(administrator) and register its public half."),
                     {},
                     1,
                     keyImport});
    commands.append({{QStringLiteral("key"), QStringLiteral("show")},
                     QString(),
                     Cli::tr("The key this workstation signs with, and the public keys the "
                             "register trusts."),
                     {},
                     0,
                     keyShow});
}

} // namespace cinereg::cli
