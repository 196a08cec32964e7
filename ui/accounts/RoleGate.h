#pragma once

#include "accounts/Role.h"

#include <QString>

class QAction;
class QWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// What the signed-in account's role may not do, shown in the window: the control is disabled and
// its tooltip says why, in the core's words (the role it needs). The core refuses anyway; this
// only spares the clerk a form they could not save. Single-user mode allows everything.
namespace RoleGate {
// The core's refusal for `action`, empty when the role allows it.
QString refusal(const Register& reg, Action action);
// Disables `widget` (or `action`) with the refusal as tooltip when the role does not allow
// `action`; returns whether it is allowed. An allowed control keeps its state and tooltip.
bool gate(const Register& reg, Action action, QWidget* widget);
bool gate(const Register& reg, Action action, QAction* menuAction);
// "Signed in: Nadia Bennani (nbennani), clerk", or empty in single-user mode.
QString signedInText(const Register& reg);
} // namespace RoleGate

} // namespace cinereg::ui
