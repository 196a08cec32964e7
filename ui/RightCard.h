#pragma once

#include "Right.h"
#include "Standing.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace cinereg::ui {

// One right on the company page, readable at a glance: its number and kind, its standing today
// (core/Standing: in force or not, why and since when), its validity, its last decision and the
// reason; the whole history unfolds on demand. Clicking selects it for the decision buttons.
class RightCard : public QFrame
{
    Q_OBJECT

public:
    RightCard(const Right& right, const Standing& standing, QDate today, QWidget* parent = nullptr);

    qint64 rightId() const { return m_rightId; }
    const Standing& standing() const { return m_standing; }
    QLabel* standingLabel() const { return m_standingLabel; }
    QLabel* lastDecisionLabel() const { return m_lastDecision; }
    void setSelected(bool selected);
    bool isSelected() const { return m_selected; }

Q_SIGNALS:
    void clicked(qint64 rightId);

protected:
    void mousePressEvent(QMouseEvent* event) override;

private:
    QString decisionLine(const Decision& d) const;
    void updateFrame();

    qint64 m_rightId;
    Standing m_standing;
    bool m_selected = false;
    QLabel* m_standingLabel;
    QLabel* m_lastDecision;
};

} // namespace cinereg::ui
