#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Batch printing: the certificates of every accreditation of a tier effective on a day, into
// one print job or one PDF (or only those of the companies selected in the register), with a
// progress bar and cancel; and the published list of a tier.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    // `selectedCompanies`: the companies selected in the register, offered as a choice.
    explicit BatchPrintDialog(const Register& reg, QVector<qint64> selectedCompanies = {},
                              QWidget* parent = nullptr);
    QVector<qint64> selection() const;
    QComboBox* tier() const { return m_tier; }
    QDateEdit* day() const { return m_day; }
    QCheckBox* onlySelected() const { return m_onlySelected; }

private:
    void updateCount();

    const Register& m_reg;
    QVector<qint64> m_selected;
    QCheckBox* m_onlySelected;
    QComboBox* m_tier;
    QDateEdit* m_day;
    QLabel* m_count;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_list;
};

} // namespace cinereg::ui
