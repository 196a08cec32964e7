#include "RightCard.h"

#include "Names.h"
#include "RightTimeline.h"
#include "StatusText.h"

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolButton>
#include <QVBoxLayout>

namespace cinereg::ui {

RightCard::RightCard(const Right& right, const Standing& standing, QDate today, QWidget* parent)
    : QFrame(parent), m_rightId(right.id), m_standing(standing), m_standingLabel(new QLabel(this)),
      m_lastDecision(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setCursor(Qt::PointingHandCursor);

    auto* title = new QLabel(
        QStringLiteral("<b>%1</b> &nbsp; %2")
            .arg(isolated(right.number).toHtmlEscaped(), Names::label(right.kind).toHtmlEscaped()),
        this);
    title->setStyleSheet(QStringLiteral("font-size: 12pt;"));

    m_standingLabel->setText(standing.text());
    m_standingLabel->setWordWrap(true);
    m_standingLabel->setTextFormat(Qt::PlainText);
    m_lastDecision->setTextFormat(Qt::PlainText);
    const QColor colour = standingBrush(standing).color();
    m_standingLabel->setStyleSheet(
        QStringLiteral("font-weight: bold; color: %1;").arg(colour.name()));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(3);
    layout->addWidget(title);
    layout->addWidget(m_standingLabel);
    if (!standing.reason.isEmpty()) {
        auto* reason = new QLabel(tr("Reason: %1").arg(isolated(standing.reason)), this);
        reason->setWordWrap(true);
        reason->setTextFormat(Qt::PlainText);
        layout->addWidget(reason);
    }

    const RightTimeline timeline(right);
    const QDate until = timeline.validUntilOn(today);
    auto* validity = new QLabel(
        until.isValid()
            ? tr("Valid from %1 until %2").arg(dateText(right.validFrom), dateText(until))
            : tr("Valid from %1, without limit of duration").arg(dateText(right.validFrom)),
        this);
    validity->setWordWrap(true);
    validity->setTextFormat(Qt::PlainText);
    layout->addWidget(validity);

    if (!right.history.isEmpty()) {
        // The decision entered last, whatever day it takes effect.
        const Decision* last = &right.history.front();
        for (const Decision& d : right.history)
            if (d.enteredAt >= last->enteredAt)
                last = &d;
        m_lastDecision->setText(tr("Last decision: %1").arg(decisionLine(*last)));
        m_lastDecision->setWordWrap(true);
        layout->addWidget(m_lastDecision);
    }

    if (right.history.size() > 1) {
        auto* toggle = new QToolButton(this);
        toggle->setText(tr("History (%n decision(s))", nullptr, right.history.size()));
        toggle->setCheckable(true);
        toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        toggle->setArrowType(Qt::NoArrow);
        toggle->setAutoRaise(true);
        QStringList lines;
        for (const Decision& d : right.history)
            lines.append(QStringLiteral("• ") + decisionLine(d));
        auto* history = new QLabel(lines.join(QLatin1Char('\n')), this);
        history->setWordWrap(true);
        history->setTextFormat(Qt::PlainText);
        history->setContentsMargins(12, 0, 12, 0);
        history->hide();
        connect(toggle, &QToolButton::toggled, history, &QWidget::setVisible);
        layout->addWidget(toggle, 0, Qt::AlignLeading);
        layout->addWidget(history);
    }
    updateFrame();
}

// Names, references and dates are isolated so that a Latin login or reference inside Arabic text
// keeps its order (otherwise "root, 26/11" reads ".20/11/root, 26").
QString RightCard::decisionLine(const Decision& d) const
{
    QString line = tr("%1 on %2").arg(Names::label(d.type), isolated(dateText(d.effective)));
    if (!d.reference.isEmpty())
        line += QStringLiteral(" — ") + tr("ref. %1").arg(isolated(d.reference));
    if (d.validUntil.isValid())
        line += QStringLiteral(" — ") + tr("until %1").arg(isolated(dateText(d.validUntil)));
    if (!d.reason.isEmpty())
        line += QStringLiteral(" — ") + tr("reason: %1").arg(isolated(d.reason));
    line += QStringLiteral(" — ") +
            tr("entered by %1 on %2")
                .arg(isolated(d.enteredBy), isolated(dateText(d.enteredAt.date())));
    return line;
}

void RightCard::setSelected(bool selected)
{
    m_selected = selected;
    updateFrame();
}

void RightCard::updateFrame()
{
    const QColor border =
        m_selected ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid);
    setStyleSheet(QStringLiteral("cinereg--ui--RightCard { border: %1px solid %2; "
                                 "border-radius: 6px; background: %3; }")
                      .arg(m_selected ? 2 : 1)
                      .arg(border.name(), palette().color(QPalette::Base).name()));
}

void RightCard::mousePressEvent(QMouseEvent* event)
{
    Q_EMIT clicked(m_rightId);
    QFrame::mousePressEvent(event);
}

} // namespace cinereg::ui
