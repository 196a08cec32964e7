#pragma once

#include "Refusal.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// Register → Export: the companies with their standing on a day (all, or the holders of one
// tier), a professional body's members (the list the CCM sends when it consults the body), or
// every right; CSV or XLSX by the file's extension, an XLSX sheet right to left in Arabic.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class What { Companies, BodyMembers, Rights };

    ExportDialog(Register& reg, What what, QWidget* parent = nullptr);

    // Writes the chosen list to `path`; the number of rows, or why nothing was written.
    Outcome<int> exportTo(const QString& path);

    QComboBox* what() const { return m_what; }
    QComboBox* body() const { return m_body; }
    QComboBox* tier() const { return m_tier; }
    QDateEdit* on() const { return m_on; }

private:
    void chooseAndExport();
    void updateFields();

    Register& m_reg;
    QComboBox* m_what = nullptr;
    QComboBox* m_body = nullptr;
    QComboBox* m_tier = nullptr;
    QDateEdit* m_on = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace cinereg::ui
