#include "Role.h"

namespace cinereg {

bool RolePolicy::allows(Role role, Action action)
{
    switch (action) {
    case Action::Read:
    case Action::Check:
        return true;
    case Action::EditCompanies:
    case Action::FileApplications:
    case Action::RecordProductions:
    case Action::ProposeDecision:
    case Action::IssueCertificates:
        return role == Role::Clerk || role == Role::Approver;
    case Action::ApproveDecision:
        return role == Role::Approver;
    case Action::ManageAccounts:
    case Action::ChangeSettings:
    case Action::Import:
    case Action::Backup:
    case Action::Restore:
        return role == Role::Admin;
    }
    return false;
}

Role RolePolicy::needed(Action action)
{
    for (Role role : {Role::Clerk, Role::Approver, Role::Auditor, Role::Admin})
        if (allows(role, action))
            return role;
    return Role::Admin;
}

QString RolePolicy::code(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Auditor:
        return QStringLiteral("auditor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> RolePolicy::fromCode(const QString& code)
{
    for (Role role : {Role::Clerk, Role::Approver, Role::Auditor, Role::Admin})
        if (RolePolicy::code(role) == code.trimmed().toLower())
            return role;
    return std::nullopt;
}

QString RolePolicy::name(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("clerk");
    case Role::Approver:
        return tr("approver");
    case Role::Auditor:
        return tr("auditor");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

QString RolePolicy::describe(Action action)
{
    switch (action) {
    case Action::Read:
        return tr("read the register");
    case Action::Check:
        return tr("check the register");
    case Action::EditCompanies:
        return tr("register or edit a company");
    case Action::FileApplications:
        return tr("file or change a dossier");
    case Action::RecordProductions:
        return tr("record a production");
    case Action::ProposeDecision:
        return tr("propose a decision");
    case Action::ApproveDecision:
        return tr("approve or reject a proposal");
    case Action::IssueCertificates:
        return tr("issue certificates");
    case Action::ManageAccounts:
        return tr("manage accounts");
    case Action::ChangeSettings:
        return tr("change the settings");
    case Action::Import:
        return tr("import into the register");
    case Action::Backup:
        return tr("back up the register");
    case Action::Restore:
        return tr("restore a register");
    }
    return {};
}

} // namespace cinereg
