#pragma once

#include "Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class CompanyPicker;
class StorageFailureBar;

// Files a dossier received: the company (found by name, ICE or RC), what it asks for, whether it
// is a renewal, the day it was received and, optionally, the receipt's reference (else the next
// one is allocated). Shows the refusing rule before OK, like the decision dialogs.
class NewApplicationDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewApplicationDialog(const Register& reg, QWidget* parent = nullptr);
    qint64 applicationId() const { return m_applicationId; }
    void preselectCompany(qint64 companyId);
    void setKind(RightKind kind);
    QString refusalText() const;
    void accept() override;
    QString storageFailure() const;
    CompanyPicker* companyPicker() const { return m_company; }

private:
    void record();
    void refresh();
    qint64 companyId() const;

    const Register& m_reg;
    CompanyPicker* m_company;
    QComboBox* m_kind;
    QCheckBox* m_renewal;
    QDateEdit* m_received;
    QLineEdit* m_receipt;
    QLabel* m_deadline;
    QLabel* m_refusal;
    StorageFailureBar* m_storage = nullptr;
    QDialogButtonBox* m_buttons;
    qint64 m_applicationId = 0;
};

} // namespace cinereg::ui
