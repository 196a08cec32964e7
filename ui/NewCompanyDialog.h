#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

class CompanyForm;

// Registers a company: the form checks as the clerk types; OK stays disabled until the core
// accepts the record.
class NewCompanyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewCompanyDialog(const Register& reg, QWidget* parent = nullptr);
    qint64 companyId() const { return m_id; }
    CompanyForm* form() const { return m_form; }

    void accept() override;
    QString storageFailure() const; // empty unless the register could not be written

private:
    void record();

    const Register& m_reg;
    CompanyForm* m_form;
    QDialogButtonBox* m_buttons;
    QLabel* m_refusal;
    StorageFailureBar* m_storage;
    qint64 m_id = 0;
};

} // namespace cinereg::ui
