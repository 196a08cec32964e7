#pragma once

#include "Company.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// A company's identity as a form. Every change is checked by the core
// (CompanyService::validate) and each field shows the core's own message under it.
class CompanyForm : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyForm(const Register& reg, QWidget* parent = nullptr);
    QComboBox* courtChoice() const { return m_courts; } // the RC court: listed or typed

    void setCompany(const Company& company);
    Company company() const;
    bool isValid() const { return m_valid; }
    QString problemFor(const QString& field) const; // the message shown under a field

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();

private:
    QLineEdit* addLine(const QString& field, const QString& label);
    void addCourtChoice(QLineEdit* line);
    void validate();

    const Register& m_reg;
    qint64 m_id = 0;
    QFormLayout* m_layout;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QLabel*> m_problems;
    QComboBox* m_form;
    QComboBox* m_courts = nullptr;
    QCheckBox* m_confirmIce;
    QListWidget* m_bodies;
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace cinereg::ui
