#pragma once

#include "Settings.h"

#include <QDialog>

class QLineEdit;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The values the regulation leaves open (administrator): allowed legal forms, capital
// thresholds, default term, professional bodies, inactivity and dossier delays.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(Register& reg, QWidget* parent = nullptr);
    Settings settings() const;
    void accept() override;
    QLineEdit* certificatePlace() const { return m_place; }
    QLineEdit* nationalCertificateFormat() const { return m_nationalFormat; }

private:
    Register& m_reg;
    Settings m_original;
    QListWidget* m_forms;
    QTableWidget* m_thresholds;
    QSpinBox* m_term;
    QLineEdit* m_bodies;
    QSpinBox* m_inactivity;
    QSpinBox* m_deadline;
    QLineEdit* m_place;
    QLineEdit* m_keyPath;
    QLineEdit* m_nationalFormat;
    QLineEdit* m_internationalFormat;
    QLineEdit* m_receiptFormat;
};

} // namespace cinereg::ui
