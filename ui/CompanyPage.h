#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

class CertificatesPanel;
class CompanyForm;

// One company: its identity (editable, checked as typed), its authorization and accreditations
// with their status today and the timeline of their decisions, and its productions.
class CompanyPage : public QWidget
{
    Q_OBJECT

public:
    CompanyPage(const Register& reg, qint64 companyId, QWidget* parent = nullptr);
    qint64 companyId() const { return m_companyId; }
    QString title() const;
    void reload();
    QTreeWidget* rightsTree() const { return m_rights; }

Q_SIGNALS:
    void registerChanged();

private:
    CertificatesPanel* m_certificates = nullptr;
    void save();
    void openDecision(int kind);
    qint64 selectedRightId() const;
    void updateActions();

    const Register& m_reg;
    qint64 m_companyId;
    QLabel* m_heading;
    CompanyForm* m_form;
    QPushButton* m_save;
    QTreeWidget* m_rights;
    QTableWidget* m_productions;
    QList<QPushButton*> m_rightActions;
};

} // namespace cinereg::ui
