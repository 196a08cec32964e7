#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace cinereg::ui {

class StorageFailureBar;

// The layout every dialog checked against the register's rules shares: its form, then the
// refusal the core would give (in red, empty while the input is acceptable), then the buttons.
// An `okText` names what OK does ("Record the decision"); accepted and rejected are connected to
// the dialog's accept() and reject(). A `storage` bar, if given, goes above the refusal. The
// refusal keeps its place while empty, so that a message does not make the form jump. A form
// with required rows (markRequired) gets the legend of the asterisk under it.
void layOutCheckedDialog(QDialog* dialog, QFormLayout* form, QLabel* refusal,
                         QDialogButtonBox* buttons, const QString& okText = {},
                         StorageFailureBar* storage = nullptr);

} // namespace cinereg::ui
