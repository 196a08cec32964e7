#include "ValidityEndEdit.h"

#include "DateEditFormat.h"
#include "DateText.h"
#include "services/Register.h"
#include "services/RightService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int DefaultTermRow = 0;
constexpr int NoEndRow = 1;
constexpr int UntilRow = 2;
} // namespace

ValidityEndEdit::ValidityEndEdit(const Register& reg, QDate from, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_from(from), m_choice(new QComboBox(this)),
      m_until(new QDateEdit(this))
{
    m_choice->addItem(QString(), int(ValidityEnd::Choice::DefaultTerm));
    m_choice->addItem(tr("Without limit of duration"), int(ValidityEnd::Choice::NoEnd));
    m_choice->addItem(tr("Until the day chosen"), int(ValidityEnd::Choice::Until));
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_until->setCalendarPopup(true);
    applyDateFormat(m_until);
    const QDate byDefault = reg.rights().defaultLastDay(from);
    m_until->setDate(byDefault.isValid() ? byDefault : from);

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_choice, 1);
    row->addWidget(m_until);
    setFocusProxy(m_choice); // Tab and a label's buddy reach the choice, then the day
    describeDefaultTerm();
    enableUntil();
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] {
        enableUntil();
        emit changed();
    });
    connect(m_until, &QDateEdit::dateChanged, this, &ValidityEndEdit::changed);
}

void ValidityEndEdit::describeDefaultTerm()
{
    const QDate byDefault = m_reg.rights().defaultLastDay(m_from);
    m_choice->setItemText(DefaultTermRow,
                          byDefault.isValid()
                              ? tr("Default term (until %1)").arg(DateText::of(byDefault))
                              : tr("Default term (none: without limit)"));
}

void ValidityEndEdit::enableUntil()
{
    m_until->setEnabled(m_untilOnly || m_choice->currentIndex() == UntilRow);
}

ValidityEnd ValidityEndEdit::value() const
{
    if (m_untilOnly)
        return ValidityEnd::until(m_until->date());
    switch (m_choice->currentIndex()) {
    case NoEndRow:
        return ValidityEnd::noEnd();
    case UntilRow:
        return ValidityEnd::until(m_until->date());
    default:
        return ValidityEnd::defaultTerm();
    }
}

void ValidityEndEdit::setValue(const ValidityEnd& end)
{
    switch (end.choice()) {
    case ValidityEnd::Choice::DefaultTerm:
        m_choice->setCurrentIndex(DefaultTermRow);
        break;
    case ValidityEnd::Choice::NoEnd:
        m_choice->setCurrentIndex(NoEndRow);
        break;
    case ValidityEnd::Choice::Until:
        m_until->setDate(end.lastDay());
        m_choice->setCurrentIndex(UntilRow);
        break;
    }
}

void ValidityEndEdit::setFrom(QDate from)
{
    m_from = from;
    describeDefaultTerm();
}

void ValidityEndEdit::setUntilOnly(bool untilOnly)
{
    m_untilOnly = untilOnly;
    m_choice->setVisible(!untilOnly);
    enableUntil();
}

} // namespace cinereg::ui
