#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Batch printing: the certificates of every accreditation of a tier effective on a day, into
// one print job or one PDF, with a progress bar and cancel; and the published list of a tier.
class BatchPrintDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BatchPrintDialog(const Register& reg, QWidget* parent = nullptr);
    QVector<qint64> selection() const;
    QComboBox* tier() const { return m_tier; }
    QDateEdit* day() const { return m_day; }

private:
    void updateCount();

    const Register& m_reg;
    QComboBox* m_tier;
    QDateEdit* m_day;
    QLabel* m_count;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QPushButton* m_list;
};

} // namespace cinereg::ui
