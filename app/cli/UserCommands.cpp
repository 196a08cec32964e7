// user add | list | disable | enable | role | password
#include "accounts/AccountService.h"
#include "CliCommand.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QJsonObject accountJson(const Account& a)
{
    return QJsonObject{{QStringLiteral("id"), a.id},
                       {QStringLiteral("login"), a.login},
                       {QStringLiteral("name"), a.fullName},
                       {QStringLiteral("role"), RolePolicy::code(a.role)},
                       {QStringLiteral("active"), a.active},
                       {QStringLiteral("created_at"), a.createdAt.toString(Qt::ISODate)},
                       {QStringLiteral("created_by"), a.createdBy}};
}

std::optional<Role> roleOption(CliContext& ctx, const QCommandLineParser& p, int& code)
{
    const auto text = ctx.required(p, QStringLiteral("role"), code);
    if (!text)
        return std::nullopt;
    const std::optional<Role> role = RolePolicy::fromCode(*text);
    if (!role)
        code = ctx.refuse(QStringLiteral("role"),
                          Cli::tr("--role must be clerk, approver, auditor or admin."));
    return role;
}

int done(CliContext& ctx, const QString& login, const QString& sentence)
{
    if (ctx.json()) {
        const std::optional<Account> a = ctx.reg().accounts().find(login);
        return ctx.printJson(a ? accountJson(*a) : QJsonObject{});
    }
    return ctx.printText(sentence);
}

int add(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const std::optional<Role> role = roleOption(ctx, p, code);
    if (!role)
        return code;
    const AccountService accounts = ctx.reg().accounts();
    // Role, login and name are checked before the password is asked for.
    const Check allowed = accounts.wouldAdd(args.at(0), *role, p.value(QStringLiteral("name")),
                                            QStringLiteral("placeholder-long-enough"));
    if (!allowed)
        return ctx.refuse(allowed.refusal());
    const auto password = ctx.secret("CINEREG_NEW_PASSWORD",
                                     Cli::tr("New password of %1: ").arg(args.at(0)), true, code);
    if (!password)
        return code;
    const Outcome<Account> added =
        accounts.add(args.at(0), *role, p.value(QStringLiteral("name")), *password);
    if (!added)
        return ctx.refuse(added.refusal());
    if (ctx.json())
        return ctx.printJson(accountJson(added.value()));
    return ctx.printText(Cli::tr("Account %1 created with the role %2.")
                             .arg(added.value().login, RolePolicy::name(added.value().role)));
}

int list(CliContext& ctx, const QCommandLineParser&, const QStringList&)
{
    const QVector<Account> all = ctx.reg().accounts().list();
    if (ctx.json()) {
        QJsonArray array;
        for (const Account& a : all)
            array.append(accountJson(a));
        return ctx.printJson(array);
    }
    TextTable table(
        {Cli::tr("Login"), Cli::tr("Name"), Cli::tr("Role"), Cli::tr("State"), Cli::tr("Created")});
    for (const Account& a : all)
        table.addRow({a.login, a.fullName, RolePolicy::name(a.role),
                      a.active ? Cli::tr("active") : Cli::tr("disabled"),
                      a.createdAt.toString(Qt::ISODate)});
    ctx.out() << table.render();
    return Done;
}

int disable(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const Check ok = ctx.reg().accounts().disable(args.at(0));
    if (!ok)
        return ctx.refuse(ok.refusal());
    return done(ctx, args.at(0), Cli::tr("Account %1 disabled.").arg(args.at(0)));
}

int enable(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    const Check ok = ctx.reg().accounts().enable(args.at(0));
    if (!ok)
        return ctx.refuse(ok.refusal());
    return done(ctx, args.at(0), Cli::tr("Account %1 enabled.").arg(args.at(0)));
}

int role(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const std::optional<Role> role = roleOption(ctx, p, code);
    if (!role)
        return code;
    const Check ok = ctx.reg().accounts().setRole(args.at(0), *role);
    if (!ok)
        return ctx.refuse(ok.refusal());
    return done(
        ctx, args.at(0),
        Cli::tr("Account %1 now has the role %2.").arg(args.at(0), RolePolicy::name(*role)));
}

int password(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    int code = Done;
    if (!ctx.reg().hasAccounts())
        return ctx.refuse(Refusal{Rule::NotFound, QStringLiteral("login"),
                                  Cli::tr("This register has no account yet (single-user mode).")});
    const auto password = ctx.secret("CINEREG_NEW_PASSWORD",
                                     Cli::tr("New password of %1: ").arg(args.at(0)), true, code);
    if (!password)
        return code;
    const Check ok = ctx.reg().accounts().setPassword(args.at(0), *password);
    if (!ok)
        return ctx.refuse(ok.refusal());
    return done(ctx, args.at(0), Cli::tr("Password of %1 changed.").arg(args.at(0)));
}

} // namespace

void addUserCommands(CommandList& commands)
{
    const QString user = QStringLiteral("user");
    const QCommandLineOption roleOpt(QStringLiteral("role"),
                                     Cli::tr("clerk, approver, auditor or admin."),
                                     QStringLiteral("ROLE"));
    commands.append({{user, QStringLiteral("add")},
                     QStringLiteral("LOGIN --role clerk|approver|auditor|admin [--name NAME]"),
                     Cli::tr("Create an account (admin; the first account, an admin, by anyone: "
                             "it ends single-user mode). Password from CINEREG_NEW_PASSWORD or "
                             "asked twice."),
                     {roleOpt, QCommandLineOption(QStringLiteral("name"), Cli::tr("Full name."),
                                                  QStringLiteral("NAME"))},
                     1,
                     add});
    commands.append(
        {{user, QStringLiteral("list")}, QString(), Cli::tr("The accounts."), {}, 0, list});
    commands.append({{user, QStringLiteral("disable")},
                     QStringLiteral("LOGIN"),
                     Cli::tr("Disable an account (never deleted)."),
                     {},
                     1,
                     disable});
    commands.append({{user, QStringLiteral("enable")},
                     QStringLiteral("LOGIN"),
                     Cli::tr("Enable a disabled account."),
                     {},
                     1,
                     enable});
    commands.append({{user, QStringLiteral("role")},
                     QStringLiteral("LOGIN --role ROLE"),
                     Cli::tr("Change an account's role."),
                     {roleOpt},
                     1,
                     role});
    commands.append({{user, QStringLiteral("password")},
                     QStringLiteral("LOGIN"),
                     Cli::tr("Change a password (your own, or any as admin); the new one from "
                             "CINEREG_NEW_PASSWORD or asked twice."),
                     {},
                     1,
                     password});
}

} // namespace cinereg::cli
