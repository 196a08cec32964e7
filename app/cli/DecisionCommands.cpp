// decision list | approve | reject (four eyes)
#include "accounts/DecisionService.h"
#include "CliCommand.h"
#include "Names.h"
#include "RightTimeline.h"
#include "TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cinereg::cli {

namespace {

QJsonObject proposalJson(const Proposal& p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("kind"), proposalKindCode(p.kind)},
                  {QStringLiteral("company"), p.companyId},
                  {QStringLiteral("status"), proposalStatusCode(p.status)},
                  {QStringLiteral("summary"), p.summary()},
                  {QStringLiteral("request"), p.requestJson()},
                  {QStringLiteral("proposed_by"), p.proposedBy},
                  {QStringLiteral("proposed_at"), p.proposedAt.toString(Qt::ISODate)}};
    if (p.targetId)
        o.insert(QStringLiteral("target"), p.targetId);
    if (p.status != ProposalStatus::Pending) {
        o.insert(QStringLiteral("decided_by"), p.decidedBy);
        o.insert(QStringLiteral("decided_at"), p.decidedAt.toString(Qt::ISODate));
    }
    if (p.status == ProposalStatus::Rejected)
        o.insert(QStringLiteral("reason"), p.rejectionReason);
    if (p.resultId)
        o.insert(QStringLiteral("result"), p.resultId);
    return o;
}

int list(CliContext& ctx, const QCommandLineParser& p, const QStringList&)
{
    int code = Done;
    ProposalQuery query;
    query.pendingOnly = p.isSet(QStringLiteral("pending"));
    if (p.isSet(QStringLiteral("company"))) {
        const auto company =
            ctx.id(p.value(QStringLiteral("company")), QStringLiteral("company"), code);
        if (!company)
            return code;
        query.companyId = *company;
    }
    const QVector<Proposal> proposals = ctx.reg().decisions().list(query);
    if (ctx.json()) {
        QJsonArray array;
        for (const Proposal& proposal : proposals)
            array.append(proposalJson(proposal));
        return ctx.printJson(array);
    }
    TextTable table({Cli::tr("Proposal"), Cli::tr("Decision"), Cli::tr("Proposed by"),
                     Cli::tr("State"), Cli::tr("Decided by")});
    for (const Proposal& proposal : proposals)
        table.addRow({QString::number(proposal.id), proposal.summary(), proposal.proposedBy,
                      proposalStatusCode(proposal.status), proposal.decidedBy});
    ctx.out() << table.render();
    return Done;
}

int approve(CliContext& ctx, const QCommandLineParser&, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const std::optional<Proposal> before = ctx.reg().decisions().find(*id);
    const Outcome<Submission> approved = ctx.reg().decisions().approve(*id);
    if (!approved)
        return ctx.refuse(approved.refusal());
    const Submission& s = approved.value();
    QJsonObject json{{QStringLiteral("proposal"), *id},
                     {QStringLiteral("approved_by"), ctx.reg().user()},
                     {QStringLiteral("proposed_by"), before->proposedBy}};
    QString text;
    switch (before->kind) {
    case ProposalKind::Grant:
        json.insert(QStringLiteral("id"), s.granted.id);
        json.insert(QStringLiteral("number"), s.granted.number);
        text = Cli::tr("Proposal %1 approved: %2 granted (id %3).")
                   .arg(*id)
                   .arg(s.granted.number)
                   .arg(s.granted.id);
        break;
    case ProposalKind::Decision: {
        const Right after = *ctx.reg().rights().find(before->targetId);
        json.insert(QStringLiteral("id"), after.id);
        json.insert(QStringLiteral("number"), after.number);
        json.insert(QStringLiteral("decision_id"), s.decisionId);
        json.insert(QStringLiteral("status"),
                    Names::code(RightTimeline(after).statusOn(ctx.reg().today())));
        text = Cli::tr("Proposal %1 approved: %2 of %3 recorded.")
                   .arg(*id)
                   .arg(Names::label(before->decision.type), after.number);
        break;
    }
    case ProposalKind::ApplicationDecide:
        json.insert(QStringLiteral("id"), before->targetId);
        json.insert(QStringLiteral("status"), before->application.grant
                                                  ? QStringLiteral("granted")
                                                  : QStringLiteral("refused"));
        if (s.application.rightId) {
            json.insert(QStringLiteral("right_id"), s.application.rightId);
            json.insert(QStringLiteral("number"), s.application.number);
        }
        text = Cli::tr("Proposal %1 approved: dossier #%2 decided.").arg(*id).arg(before->targetId);
        break;
    }
    if (ctx.json())
        return ctx.printJson(json);
    return ctx.printText(text);
}

int reject(CliContext& ctx, const QCommandLineParser& p, const QStringList& args)
{
    int code = Done;
    const auto id = ctx.id(args.at(0), QStringLiteral("id"), code);
    if (!id)
        return code;
    const auto reason = ctx.required(p, QStringLiteral("reason"), code);
    if (!reason)
        return code;
    const Check rejected = ctx.reg().decisions().reject(*id, *reason);
    if (!rejected)
        return ctx.refuse(rejected.refusal());
    if (ctx.json())
        return ctx.printJson(proposalJson(*ctx.reg().decisions().find(*id)));
    return ctx.printText(Cli::tr("Proposal %1 rejected.").arg(*id));
}

} // namespace

void addDecisionCommands(CommandList& commands)
{
    const QString group = QStringLiteral("decision");
    commands.append(
        {{group, QStringLiteral("list")},
         QStringLiteral("[--pending] [--company COMPANY_ID]"),
         Cli::tr("Proposed decisions (four eyes), newest first."),
         {QCommandLineOption(QStringLiteral("pending"), Cli::tr("Only those awaiting approval.")),
          QCommandLineOption(QStringLiteral("company"), Cli::tr("Only this company's."),
                             QStringLiteral("COMPANY_ID"))},
         0,
         list});
    commands.append({{group, QStringLiteral("approve")},
                     QStringLiteral("PROPOSAL_ID"),
                     Cli::tr("Approve another account's proposal: it takes effect now, the "
                             "rules checked again today (approver)."),
                     {},
                     1,
                     approve});
    commands.append({{group, QStringLiteral("reject")},
                     QStringLiteral("PROPOSAL_ID --reason TEXT"),
                     Cli::tr("Reject another account's proposal, with the reason (approver)."),
                     {QCommandLineOption(QStringLiteral("reason"), Cli::tr("Why (required)."),
                                         QStringLiteral("TEXT"))},
                     1,
                     reject});
}

} // namespace cinereg::cli
