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

Q_SIGNALS:
    void registerChanged();

private:
    const Register& m_reg;
    QTableWidget* m_table;
};

} // namespace cinereg::ui
