#include "CommandHelpers.h"

#include "accounts/DecisionService.h"
#include "CliCommand.h"
#include "Names.h"
#include "RightTimeline.h"
#include "Standing.h"

namespace cinereg::cli {

namespace {
QString orDash(const QString& s)
{
    return s.isEmpty() ? QStringLiteral("-") : s;
}
} // namespace

QString describeCompany(const Company& c)
{
    QStringList bodies;
    for (const Membership& m : c.memberships)
        bodies.append(m.since.isValid()
                          ? QStringLiteral("%1 (%2)").arg(m.body, m.since.toString(Qt::ISODate))
                          : m.body);
    QString text = QStringLiteral("#%1  %2").arg(c.id).arg(c.name);
    if (!c.nameAr.isEmpty())
        text += QStringLiteral("  /  ") + c.nameAr;
    text += QLatin1Char('\n');
    auto line = [&](const QString& label, const QString& value) {
        text += QStringLiteral("  %1: %2\n").arg(label, orDash(value));
    };
    line(Cli::tr("Legal form"), c.legalForm);
    line(Cli::tr("RC"), QStringLiteral("%1 / %2").arg(c.rcNumber, c.rcCourt));
    line(Cli::tr("ICE"), c.ice);
    line(Cli::tr("IF"), c.taxId);
    line(Cli::tr("CNSS"), c.cnss);
    line(Cli::tr("Capital (MAD)"), c.capital ? QString::number(*c.capital) : QString());
    line(Cli::tr("Registered office"), QStringLiteral("%1, %2").arg(c.address, c.city));
    line(Cli::tr("Manager"),
         c.manager +
             (c.managerId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.managerId)));
    line(Cli::tr("E-mail"), c.email);
    line(Cli::tr("Phone"), c.phone);
    line(Cli::tr("Professional bodies"), bodies.join(QStringLiteral(", ")));
    return text;
}

QString describeRight(const Right& r, QDate day, const QVector<Right>& authorizations)
{
    const RightTimeline timeline(r);
    const QDate until = timeline.validUntilOn(day);
    const Standing standing = StandingRules::of(r, authorizations, day);
    QString text = QStringLiteral("%1 #%2  %3 — %4\n")
                       .arg(Names::label(r.kind))
                       .arg(r.id)
                       .arg(r.number, standing.text());
    if (!standing.reason.isEmpty())
        text += QStringLiteral("  %1: %2\n").arg(Cli::tr("Reason"), standing.reason);
    text += QStringLiteral("  %1: %2 → %3\n")
                .arg(Cli::tr("Validity"), r.validFrom.toString(Qt::ISODate),
                     until.isValid() ? until.toString(Qt::ISODate) : Cli::tr("without limit"));
    for (const Decision& d : r.history) {
        text += QStringLiteral("  %1  %2  %3")
                    .arg(d.effective.toString(Qt::ISODate), Names::label(d.type).leftJustified(14),
                         orDash(d.reference));
        if (d.validUntil.isValid())
            text += QStringLiteral("  → %1").arg(d.validUntil.toString(Qt::ISODate));
        if (!d.reason.isEmpty())
            text += QStringLiteral("  «%1»").arg(d.reason);
        if (d.proposalId)
            text +=
                QStringLiteral("  (%1)\n")
                    .arg(Cli::tr("proposed by %1, approved by %2, %3")
                             .arg(d.proposedBy, d.approvedBy, d.enteredAt.toString(Qt::ISODate)));
        else
            text +=
                QStringLiteral("  (%1, %2)\n").arg(d.enteredBy, d.enteredAt.toString(Qt::ISODate));
    }
    return text;
}

int printProposed(CliContext& ctx, qint64 proposal)
{
    if (ctx.json())
        return ctx.printJson(QJsonObject{{QStringLiteral("proposal"), proposal},
                                         {QStringLiteral("status"), QStringLiteral("proposed")}});
    Submission s;
    s.proposal = proposal;
    return ctx.printText(s.proposedMessage());
}

} // namespace cinereg::cli
