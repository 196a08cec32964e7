#pragma once

#include "accounts/DecisionService.h"
#include "applications/ApplicationService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

class ValidityEndEdit;

// The decision on a dossier: grant (decision reference, validity) or refuse (reference and
// reason). As the clerk fills it in, the dialog asks the core whether the decision would be
// refused — incomplete dossier, stale certificate, a granting rule — and shows the rule; OK stays
// disabled meanwhile, so nothing is written.
class ApplicationDecisionDialog : public QDialog
{
    Q_OBJECT

public:
    ApplicationDecisionDialog(const Register& reg, qint64 applicationId, QWidget* parent = nullptr);

    QString refusalText() const; // empty while the core would accept the decision
    bool canConfirm() const;
    void setGrant(bool grant);
    void setReference(const QString& reference);
    void setReason(const QString& reason);
    void setFrom(QDate from);
    void setEnd(const ValidityEnd& end);
    void accept() override;
    QString storageFailure() const;
    // What the decision became: in effect, or (with accounts) a proposal awaiting approval.
    Submission submission() const { return m_submission; }

private:
    void record();
    ApplicationDecision decision() const;
    void refresh();

    const Register& m_reg;
    qint64 m_applicationId;
    bool m_renewal = false;
    QRadioButton* m_grant;
    QRadioButton* m_refuse;
    QLineEdit* m_reference;
    QDateEdit* m_decisionDate;
    QDateEdit* m_from;
    ValidityEndEdit* m_end;
    QPlainTextEdit* m_reason;
    QLabel* m_refusal;
    StorageFailureBar* m_storage = nullptr;
    QDialogButtonBox* m_buttons;
    Submission m_submission;
};

} // namespace cinereg::ui
