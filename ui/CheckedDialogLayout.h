#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace cinereg::ui {

// The layout every dialog checked against the register's rules shares: its form, then the
// refusal the core would give (in red, empty while the input is acceptable), then the buttons.
// An `okText` names what OK does ("Record the decision"); accepted and rejected are connected to
// the dialog's accept() and reject().
void layOutCheckedDialog(QDialog* dialog, QFormLayout* form, QLabel* refusal,
                         QDialogButtonBox* buttons, const QString& okText = {});

} // namespace cinereg::ui
