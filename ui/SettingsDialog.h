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

private:
    Register& m_reg;
    Settings m_original;
    QListWidget* m_forms;
    QTableWidget* m_thresholds;
    QSpinBox* m_term;
    QLineEdit* m_bodies;
    QSpinBox* m_inactivity;
    QSpinBox* m_deadline;
};

} // namespace cinereg::ui
