#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// The company page's certificates: issue or reprint the certificate of one of its
// accreditations (preview and print, or PDF), and the certificates already issued.
class CertificatesPanel : public QWidget
{
    Q_OBJECT

public:
    CertificatesPanel(const Register& reg, qint64 companyId, QWidget* parent = nullptr);
    void reload();
    QTreeWidget* issued() const { return m_issued; }
    QComboBox* accreditations() const { return m_accreditations; }
    QLabel* standingLine() const { return m_standing; }

private:
    qint64 selectedAccreditation() const;

    const Register& m_reg;
    qint64 m_companyId;
    QComboBox* m_accreditations;
    QLabel* m_standing;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QTreeWidget* m_issued;
};

} // namespace cinereg::ui
