#pragma once

#include "BackgroundReader.h"
#include "EligibilityModel.h"
#include "services/ProductionService.h"

#include <memory>
#include <QWidget>

class QComboBox;
class QTableView;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// "Who may execute?": a kind of production and its shooting dates give the companies that may
// execute it, and for the other accredited companies, why not. "Record a production" opens the
// production dialog for the chosen company, with the question's kind and dates.
class ProductionDialog;

class EligibilityView : public QWidget
{
    Q_OBJECT

public:
    explicit EligibilityView(const Register& reg, QWidget* parent = nullptr);
    void setQuestion(int kindIndex, QDate from, QDate to);
    QTableView* table() const { return m_table; }
    QPushButton* recordButton() const { return m_record; }
    // The production dialog for the selected company (which may execute it), prefilled with the
    // question's kind and dates; null when no such company is selected.
    std::unique_ptr<ProductionDialog> productionDialog();
    void refresh();
    // Refreshes now if the view is on screen, else the next time it is shown: a register of
    // 100,000 companies must not be read for views nobody looks at.
    void invalidate();
    // True while the answer is read in the background; loaded() says when the table is filled.
    bool loading() const { return m_reader.busy(); }

Q_SIGNALS:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fill(QVector<Eligibility> entries);
    qint64 selectedEligible() const;
    bool m_stale = true;
    const Register& m_reg;
    BackgroundReader m_reader;
    QComboBox* m_kind;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QTableView* m_table;
    EligibilityModel* m_model;
    QPushButton* m_record;
};

} // namespace cinereg::ui
