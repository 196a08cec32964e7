#include "RoleGate.h"

#include "services/Register.h"
#include "StatusText.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace cinereg::ui::RoleGate {

QString refusal(const Register& reg, Action action)
{
    const std::optional<Refusal> refused = reg.require(action);
    return refused ? refused->message : QString();
}

bool gate(const Register& reg, Action action, QWidget* widget)
{
    const QString why = refusal(reg, action);
    if (why.isEmpty())
        return true;
    widget->setEnabled(false);
    widget->setToolTip(why);
    return false;
}

bool gate(const Register& reg, Action action, QAction* menuAction)
{
    const QString why = refusal(reg, action);
    if (why.isEmpty())
        return true;
    menuAction->setEnabled(false);
    menuAction->setToolTip(why);
    menuAction->setStatusTip(why);
    return false;
}

QString signedInText(const Register& reg)
{
    const std::optional<Account> account = reg.account();
    if (!account)
        return {};
    return QCoreApplication::translate("RoleGate", "signed in: %1 (%2), %3")
        .arg(isolated(account->fullName.isEmpty() ? account->login : account->fullName),
             isolated(account->login), RolePolicy::name(account->role));
}

} // namespace cinereg::ui::RoleGate
