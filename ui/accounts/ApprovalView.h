#pragma once

#include "accounts/Proposal.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class StorageFailureBar;

// "Awaiting approval": the decisions proposed and not yet approved or rejected (four eyes). For
// the selected one: what it is, for which company, who proposed it and when, and the core's rule
// check as of today; Approve (it takes effect, the rules checked again by the core) or Reject
// with a reason. What the signed-in account may not do (its own proposal, a role that does not
// approve) is disabled with the core's reason beside the button.
class ApprovalView : public QWidget
{
    Q_OBJECT

public:
    explicit ApprovalView(const Register& reg, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* list() const { return m_list; }
    void select(qint64 proposalId);
    qint64 selectedId() const { return m_selected; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QString ruleCheckText() const;
    QString approveReason() const; // why Approve is disabled; empty when it is enabled
    QString rejectReason() const;  // why Reject is disabled; empty when it is enabled
    QString message() const;       // what the last approval or rejection did, or its refusal
    int count() const;             // proposals listed

    void approve();
    void reject();

Q_SIGNALS:
    void companyActivated(qint64 companyId);
    void countChanged(int pending);

private:
    void showSelected();
    void showMessage(const QString& text, bool refused);
    QString detailsOf(const Proposal& p) const;
    Check rulesToday(const Proposal& p) const;

    const Register& m_reg;
    QLabel* m_heading;
    QTreeWidget* m_list;
    QLabel* m_details;
    QLabel* m_check;
    QPushButton* m_approve;
    QLabel* m_approveWhy;
    QPlainTextEdit* m_reason;
    QPushButton* m_reject;
    QLabel* m_rejectWhy;
    QLabel* m_message;
    StorageFailureBar* m_storage;
    qint64 m_selected = 0;
};

} // namespace cinereg::ui
