#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QVBoxLayout;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class CertificatesPanel;
class CompanyForm;
class RightCard;
class StorageFailureBar;

// One company for a day's work: its rights as cards (standing today, validity, last decision,
// reason) with the decision buttons as the main panel; beside them the identity (editable,
// checked as typed), and below its productions and certificates. It follows the register's
// changes (ChangeFeed): a decision, a production or a dossier granted elsewhere shows at once.
class CompanyPage : public QWidget
{
    Q_OBJECT

public:
    CompanyPage(const Register& reg, qint64 companyId, QWidget* parent = nullptr);
    qint64 companyId() const { return m_companyId; }
    QString title() const;
    void reload();
    QList<RightCard*> rightCards() const { return m_cards; }
    QTableWidget* productionsTable() const { return m_productions; }
    void selectRight(qint64 rightId);
    qint64 selectedRightId() const { return m_selected; }
    CompanyForm* identityForm() const { return m_form; }
    QPushButton* saveButton() const { return m_save; }
    QString saveReason() const; // why "Save changes" is disabled; empty when enabled
    // Where a save that the register could not take (locked, failing) is shown, with Retry.
    StorageFailureBar* storageFailureBar() const { return m_storage; }
    // The six decision buttons (grant authorization, grant accreditation, renew, suspend,
    // reinstate, revoke), disabled with the reason in their tooltip when the role may not
    // propose a decision.
    QList<QPushButton*> decisionButtons() const { return m_decisionButtons; }
    QPushButton* recordProductionButton() const { return m_recordProduction; }
    // Once the register has accounts: the company's decisions awaiting approval (they are not in
    // force), and what the last decision made here became ("Recorded as proposal 7, ...").
    QString pendingText() const;
    QString noticeText() const;

Q_SIGNALS:
    void registerChanged();

private:
    void save();
    void record(); // the save itself; a StorageError leaves the form as typed
    void openDecision(int kind);
    void updateActions();
    void updateSave();
    void reloadRights();
    void reloadProductions();
    void reloadPending();

    const Register& m_reg;
    qint64 m_companyId;
    qint64 m_selected = 0;
    bool m_formEdited = false; // unsaved identity edits survive a refresh
    QLabel* m_heading;
    CompanyForm* m_form;
    QPushButton* m_save;
    QLabel* m_saveReason;
    StorageFailureBar* m_storage;
    QWidget* m_cardsHost;
    QVBoxLayout* m_cardsLayout;
    QList<RightCard*> m_cards;
    QTableWidget* m_productions;
    CertificatesPanel* m_certificates = nullptr;
    QList<QPushButton*> m_rightActions;
    QList<QPushButton*> m_decisionButtons;
    QPushButton* m_recordProduction = nullptr;
    QLabel* m_pending = nullptr;
    QLabel* m_notice = nullptr;
    QString m_mayNotDecide; // the core's reason the role may not propose a decision
};

} // namespace cinereg::ui
