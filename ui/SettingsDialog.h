#pragma once

#include "Settings.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
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
    QLineEdit* certificatePlaceAr() const { return m_placeAr; }
    QLineEdit* verificationUrl() const { return m_verificationUrl; }
    QLabel* keyState() const { return m_keyState; }
    QLabel* letterheadState() const { return m_letterheadState; }
    // The administrator's explicit key actions (also reached by the buttons): the key path
    // typed in the dialog is saved first, so the key goes where the settings will point.
    bool createKey();
    bool importKey(const QString& file);
    bool chooseLetterhead(const QString& imageFile);
    void removeLetterhead();
    QLineEdit* nationalCertificateFormat() const { return m_nationalFormat; }

private:
    void applyKeyPath();
    void showKeyState();
    void showLetterhead();

    Register& m_reg;
    Settings m_original;
    QListWidget* m_forms;
    QTableWidget* m_thresholds;
    QSpinBox* m_term;
    QLineEdit* m_bodies;
    QSpinBox* m_inactivity;
    QSpinBox* m_deadline;
    QLineEdit* m_place;
    QLineEdit* m_placeAr;
    QLineEdit* m_verificationUrl;
    QLineEdit* m_keyPath;
    QLabel* m_keyState;
    QPushButton* m_createKey;
    QPushButton* m_importKey;
    QLabel* m_letterheadState;
    QPushButton* m_removeLetterhead;
    QLineEdit* m_nationalFormat;
    QLineEdit* m_internationalFormat;
    QLineEdit* m_receiptFormat;
};

} // namespace cinereg::ui
