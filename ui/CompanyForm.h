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
// (CompanyService::validate): a field with a problem is tinted, its message in its tooltip, and
// firstProblem() gives the first one in the form's order (shown by the dialog or page under the
// form, in a place kept for it, as the reason why Save is disabled). The fields the core requires
// are marked with an asterisk, asked of the core itself.
class CompanyForm : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyForm(const Register& reg, QWidget* parent = nullptr);
    QComboBox* courtChoice() const { return m_courts; } // the RC court: listed or typed

    void setCompany(const Company& company);
    Company company() const;
    bool isValid() const { return m_valid; }
    QString problemFor(const QString& field) const; // the message a field shows
    // The first problem in the form's order, required fields included even before the clerk
    // typed elsewhere; empty when the form is valid.
    QString firstProblem() const { return m_firstProblem; }
    // Every input, in the Tab order (the visual order).
    QList<QWidget*> inputs() const;

Q_SIGNALS:
    void validityChanged(bool valid);
    void edited();
    void checked(); // after every check: firstProblem() may have changed

private:
    QLineEdit* addLine(const QString& field, const QString& label);
    void addCourtChoice(QLineEdit* line);
    void validate();
    void markRequiredFields();

    const Register& m_reg;
    qint64 m_id = 0;
    QFormLayout* m_layout;
    QHash<QString, QLineEdit*> m_lines;
    QHash<QString, QWidget*> m_inputs;  // the core's field name -> the widget that edits it
    QStringList m_order;                // field names, top to bottom
    QHash<QString, QString> m_problems; // the messages shown (tinted fields)
    QString m_firstProblem;
    QComboBox* m_form;
    QComboBox* m_courts = nullptr;
    QCheckBox* m_confirmIce;
    QListWidget* m_bodies;
    bool m_valid = false;
    bool m_loading = false;
};

} // namespace cinereg::ui
