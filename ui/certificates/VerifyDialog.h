#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// "Is this certificate genuine and still valid?": the printed code typed or pasted, or the PDF
// opened; the answer shows the status, the reason, and the decoded fields to compare with the
// paper.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VerifyDialog(const Register& reg, QWidget* parent = nullptr);
    void verifyCode(const QString& code);
    void verifyPdf(const QString& path);
    QLabel* answer() const { return m_answer; }

private:
    const Register& m_reg;
    QPlainTextEdit* m_code;
    QLabel* m_answer;
};

} // namespace cinereg::ui
