#include "DateEditFormat.h"

#include "DateText.h"

#include <QDateEdit>

namespace cinereg::ui {

void applyDateFormat(QDateEdit* edit)
{
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setDisplayFormat(DateText::displayFormat());
}

} // namespace cinereg::ui
