#pragma once

#include <QWidget>

class QTableWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Every production, most recent first, and the way to record one.
class ProductionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProductionsView(const Register& reg, QWidget* parent = nullptr);
    void reload();
    // Refreshes now if the view is on screen, else the next time it is shown: a register of
    // 100,000 companies must not be read for views nobody looks at.
    void invalidate();

Q_SIGNALS:
    void registerChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    bool m_stale = true;
    const Register& m_reg;
    QTableWidget* m_table;
};

} // namespace cinereg::ui
