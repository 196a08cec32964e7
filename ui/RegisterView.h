#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class RegisterModel;

// The register: live search (the core's folding of both scripts), filters and a lazily loaded
// table. Double-click or Enter opens a company.
class RegisterView : public QWidget
{
    Q_OBJECT

public:
    explicit RegisterView(const Register& reg, QWidget* parent = nullptr);

    void focusSearch();
    void setSearchText(const QString& text); // applies at once (no debounce)
    RegisterModel* model() const { return m_model; }
    QLabel* countLabel() const { return m_count; }
    QTableView* table() const { return m_table; }
    QVector<qint64> selectedCompanyIds() const;
    void reload();

Q_SIGNALS:
    void companyActivated(qint64 companyId);

private:
    void applyFilters();
    void updateCount(int total);

    const Register& m_reg;
    RegisterModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_city;
    QComboBox* m_tier;
    QComboBox* m_status;
    QComboBox* m_body;
    QTableView* m_table;
    QLabel* m_count;
    QTimer* m_debounce;
};

} // namespace cinereg::ui
