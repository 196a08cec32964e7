#include "AccountIntegrity.h"

#include "../services/Register.h"
#include "../store/AccountStore.h"
#include "../store/AuditLog.h"
#include "../store/ProposalStore.h"
#include "../store/StoreAccess.h"
#include "PasswordHash.h"

#include <QHash>

namespace cinereg {

namespace {
QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

QStringList AccountIntegrity::findings() const
{
    return accountFindings() + proposalFindings() + decisionFindings();
}

QStringList AccountIntegrity::accountFindings() const
{
    struct Expected
    {
        QString login, role, password;
        bool active = true;
    };
    QHash<qint64, Expected> expected;
    for (const AuditEntry& e : AuditLog(StoreAccess::of(m_reg)).list(QStringLiteral("account"))) {
        Expected& x = expected[e.entityId];
        x.login = text(e.details, "login");
        x.role = text(e.details, "role");
        x.active = e.details.value(QStringLiteral("active")).toBool();
        if (e.details.contains(QStringLiteral("password")))
            x.password = text(e.details, "password");
    }
    QStringList out;
    const AccountStore store(StoreAccess::of(m_reg));
    QSet<qint64> seen;
    for (const Account& a : store.list()) {
        seen.insert(a.id);
        const auto it = expected.constFind(a.id);
        if (it == expected.cend()) {
            out.append(tr("Account %1 was inserted outside the program: the audit trail never "
                          "created it.")
                           .arg(a.login));
            continue;
        }
        if (it->login != a.login)
            out.append(tr("Account %1 was renamed outside the program (created as %2).")
                           .arg(a.login, it->login));
        if (it->role != RolePolicy::code(a.role))
            out.append(tr("Account %1 has the role %2 in the table but %3 in the audit trail: "
                          "its role was changed outside the program.")
                           .arg(a.login, RolePolicy::code(a.role), it->role));
        if (it->active != a.active)
            out.append(a.active ? tr("Account %1 is active in the table but was disabled: it "
                                     "was enabled outside the program.")
                                      .arg(a.login)
                                : tr("Account %1 is disabled in the table but was never "
                                     "disabled: it was changed outside the program.")
                                      .arg(a.login));
        if (it->password != PasswordHash::fingerprint(store.passwordHash(a.login)))
            out.append(
                tr("Account %1's password hash was replaced outside the program.").arg(a.login));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!seen.contains(it.key()))
            out.append(tr("Account %1 was deleted outside the program.").arg(it->login));
    return out;
}

QStringList AccountIntegrity::proposalFindings() const
{
    struct Expected
    {
        QString proposedBy, decidedBy, status;
    };
    QHash<qint64, Expected> expected;
    for (const AuditEntry& e : AuditLog(StoreAccess::of(m_reg)).list(QStringLiteral("proposal"))) {
        Expected& x = expected[e.entityId];
        if (e.action == QLatin1String("propose")) {
            x.proposedBy = e.user;
            x.status = QStringLiteral("pending");
        } else {
            x.decidedBy = e.user;
            x.status = e.action == QLatin1String("approve") ? QStringLiteral("approved")
                                                            : QStringLiteral("rejected");
        }
    }
    QStringList out;
    QSet<qint64> seen;
    for (const Proposal& p : ProposalStore(StoreAccess::of(m_reg)).list(false, 0)) {
        seen.insert(p.id);
        if (p.status != ProposalStatus::Pending && p.decidedBy == p.proposedBy)
            out.append(tr("Proposal #%1 was decided by its own proposer %2: four eyes were "
                          "bypassed outside the program.")
                           .arg(p.id)
                           .arg(p.proposedBy));
        const auto it = expected.constFind(p.id);
        if (it == expected.cend()) {
            out.append(tr("Proposal #%1 was inserted outside the program: the audit trail never "
                          "recorded it.")
                           .arg(p.id));
            continue;
        }
        if (it->proposedBy != p.proposedBy)
            out.append(tr("Proposal #%1 names %2 as proposer, but %3 proposed it: it was changed "
                          "outside the program.")
                           .arg(p.id)
                           .arg(p.proposedBy, it->proposedBy));
        if (it->status != proposalStatusCode(p.status) ||
            (p.status != ProposalStatus::Pending && it->decidedBy != p.decidedBy))
            out.append(tr("Proposal #%1 is %2 in the table but %3 in the audit trail: its "
                          "decision was changed outside the program.")
                           .arg(p.id)
                           .arg(proposalStatusCode(p.status), it->status));
    }
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!seen.contains(it.key()))
            out.append(tr("Proposal #%1 was deleted outside the program.").arg(it.key()));
    return out;
}

QStringList AccountIntegrity::decisionFindings() const
{
    QStringList out;
    const ProposalStore proposals(StoreAccess::of(m_reg));
    // The first account's creation records the last decision of single-user mode; every later
    // one needs an approved proposal. (No such entry: the account finding names it already.)
    std::optional<qint64> lastSingleUser;
    for (const AuditEntry& e : AuditLog(StoreAccess::of(m_reg)).list(QStringLiteral("account")))
        if (e.action == QLatin1String("create") &&
            e.details.contains(QStringLiteral("last_single_user_decision"))) {
            lastSingleUser =
                e.details.value(QStringLiteral("last_single_user_decision")).toInteger();
            break;
        }
    if (!lastSingleUser)
        return out;
    for (const ProposalStore::DecisionLink& d : proposals.decisionsAfter(*lastSingleUser)) {
        if (!d.proposalId) {
            out.append(tr("Decision #%1 on %2, entered by %3 after accounts existed, has no "
                          "approved proposal: it was inserted outside the program.")
                           .arg(d.decisionId)
                           .arg(d.rightNumber, d.enteredBy));
            continue;
        }
        if (d.proposalStatus != QLatin1String("approved"))
            out.append(tr("Decision #%1 on %2 comes from proposal #%3, which was never "
                          "approved: it was inserted outside the program.")
                           .arg(d.decisionId)
                           .arg(d.rightNumber)
                           .arg(d.proposalId));
        if (d.proposedBy == d.enteredBy)
            out.append(tr("Decision #%1 on %2 was entered by %3, who also proposed it: four eyes "
                          "were bypassed outside the program.")
                           .arg(d.decisionId)
                           .arg(d.rightNumber, d.enteredBy));
    }
    return out;
}

} // namespace cinereg
