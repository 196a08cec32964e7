#pragma once

#include "ValidityEnd.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The end of a grant's validity as the core knows it: the settings' default term (showing the
// day the core says it gives), without limit of duration, or until a chosen day. A renewal
// only takes a day (`untilOnly`).
class ValidityEndEdit : public QWidget
{
    Q_OBJECT

public:
    ValidityEndEdit(const Register& reg, QDate from, QWidget* parent = nullptr);

    ValidityEnd value() const;
    void setValue(const ValidityEnd& end);
    void setFrom(QDate from); // the default term counts from the start of validity
    void setUntilOnly(bool untilOnly);
    QComboBox* choice() const { return m_choice; }
    QDateEdit* until() const { return m_until; }

signals:
    void changed();

private:
    void describeDefaultTerm();
    void enableUntil();

    const Register& m_reg;
    QDate m_from;
    bool m_untilOnly = false;
    QComboBox* m_choice;
    QDateEdit* m_until;
};

} // namespace cinereg::ui
