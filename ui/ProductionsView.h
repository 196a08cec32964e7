#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Every production, most recent first, and the way to record one. The search box keeps the
// productions whose title, executing company (either name, ICE), foreign producer, mandate or
// shooting permit contains what is typed, folded as the register's search folds it.
class ProductionsView : public QWidget
{
    Q_OBJECT

public:
    explicit ProductionsView(const Register& reg, QWidget* parent = nullptr);
    void reload();
    // Refreshes now if the view is on screen, else the next time it is shown: a register of
    // 100,000 companies must not be read for views nobody looks at.
    void invalidate();
    QLineEdit* searchEdit() const { return m_search; }
    QTableWidget* table() const { return m_table; }
    int shownCount() const; // rows the search keeps

Q_SIGNALS:
    void registerChanged();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void applySearch();

    bool m_stale = true;
    const Register& m_reg;
    QLineEdit* m_search;
    QTableWidget* m_table;
};

} // namespace cinereg::ui
