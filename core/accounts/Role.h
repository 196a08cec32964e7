#pragma once

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace cinereg {

// The four roles of an account (DOMAIN.md, "Accounts, roles and four eyes").
enum class Role { Clerk, Approver, Auditor, Admin };

// What a service call does, as far as roles are concerned. Every service write asks
// Register::require(action) first; reads (Action::Read) are open to every role.
enum class Action {
    Read,              // company show/list, eligible, stats, export, audit list, decision list...
    Check,             // IntegrityService::check (`check`)
    EditCompanies,     // company add/edit
    FileApplications,  // application file/document/withdraw, pieces and scans
    RecordProductions, // production add
    ProposeDecision,   // grant, renew, suspend, reinstate, revoke, a dossier's decision
    ApproveDecision,   // decision approve/reject (never one's own proposal)
    IssueCertificates, // certificate issue/batch, publishing the status list and page
    ManageAccounts,    // user add/disable/enable/role, another account's password
    ChangeSettings,    // settings, letterhead, signing keys
    Import,            // import companies/rights
    Backup,            // backup
    Restore,           // restore
};

// The table of who may do what once the register has accounts (README, "Accounts and roles"):
//   clerk     Read Check EditCompanies FileApplications RecordProductions ProposeDecision
//             IssueCertificates
//   approver  everything a clerk may, and ApproveDecision
//   auditor   Read Check
//   admin     Read Check ManageAccounts ChangeSettings Import Backup Restore
// In single-user mode (no account) every action is allowed, as before accounts existed.
class RolePolicy
{
    Q_DECLARE_TR_FUNCTIONS(RolePolicy)

public:
    static bool allows(Role role, Action action);
    // The role named in a refusal: the least powerful role that may do it (clerk before
    // approver).
    static Role needed(Action action);

    // Stable codes: "clerk", "approver", "auditor", "admin" (CLI, JSON, the store).
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString& code);
    // Translated name, e.g. "approver" / "approbateur" / "مصادق".
    static QString name(Role role);
    // Translated, e.g. "propose a decision", for refusals.
    static QString describe(Action action);
};

} // namespace cinereg
