#pragma once

#include "accounts/DecisionService.h"
#include "GrantRules.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;
class ValidityEndEdit;

// One decision on a right: grant an authorization or an accreditation, or renew, suspend,
// reinstate or revoke a right. As the clerk fills it in, the dialog asks the core whether the
// decision would be refused and shows the rule that refuses it; OK stays disabled meanwhile.
// It goes through the core's DecisionService: once the register has accounts, it is recorded as
// a proposal awaiting another person's approval (four eyes), and OK says so.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { GrantAuthorization, GrantAccreditation, Renew, Suspend, Reinstate, Revoke };

    // `rightId` names the right for Renew..Revoke; `companyId` the company for the grants.
    DecisionDialog(const Register& reg, Kind kind, qint64 companyId, qint64 rightId,
                   QWidget* parent = nullptr);

    QString refusalText() const; // empty while the core would accept the decision
    // The accreditations the decision would put out of force, as the clerk reads it before
    // confirming; empty when none.
    QString consequenceText() const;
    void setReference(const QString& reference);
    void setReason(const QString& reason);
    void setFrom(QDate from);
    void setTier(RightKind tier);
    void setEnd(const ValidityEnd& end); // grants
    void accept() override;
    // What the recorded decision became: in effect, or (once the register has accounts) a
    // proposal awaiting approval. Valid once accepted.
    Submission submission() const { return m_submission; }
    QString storageFailure() const; // empty unless the register could not be read or written
    void retryStorage();

private:
    Check check() const;
    void refresh();
    GrantRules::GrantRequest grantRequest() const;
    GrantRules::DecisionRequest decisionRequest() const;
    QDate renewalProposal() const;
    void record();

    const Register& m_reg;
    Kind m_kind;
    qint64 m_companyId;
    qint64 m_rightId;
    QComboBox* m_tier = nullptr;
    QLineEdit* m_reference;
    QDateEdit* m_decisionDate = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_until = nullptr;     // renewal
    ValidityEndEdit* m_end = nullptr; // grants
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_consequence;
    QLabel* m_refusal;
    StorageFailureBar* m_storage;
    QDialogButtonBox* m_buttons;
    Submission m_submission;
};

} // namespace cinereg::ui
