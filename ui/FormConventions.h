#pragma once

#include <QList>

class QFormLayout;
class QLabel;
class QWidget;

namespace cinereg::ui {

// What every form of the window does the same way.

// A required field: an asterisk after its row's label, and "(required)" in the field's
// accessible name, so that a screen reader says it too. The form remembers it has one, and
// layOutCheckedDialog (or the caller, with requiredLegend) explains the asterisk under it.
void markRequired(QFormLayout* form, QWidget* field);
bool hasRequired(const QFormLayout* form);
QLabel* requiredLegend(QWidget* parent); // "* required field"

// A message line (a refusal, the reason Save is disabled) keeps `lines` lines of room whether
// or not it shows, so that a message appearing does not make the form jump.
void reserveMessageSpace(QLabel* message, int lines = 2);

// The Tab order, in the order given (the visual order: top to bottom, in reading direction).
void chainTabOrder(const QList<QWidget*>& widgets);

} // namespace cinereg::ui
