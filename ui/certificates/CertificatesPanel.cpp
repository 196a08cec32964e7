#include "CertificatesPanel.h"

#include "CertificateOutput.h"
#include "certificates/CertificateService.h"
#include "DateText.h"
#include "Names.h"
#include "RoleGate.h"
#include "services/Register.h"
#include "services/RightService.h"
#include "Standing.h"
#include "StatusText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

CertificatesPanel::CertificatesPanel(const Register& reg, qint64 companyId, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_companyId(companyId), m_accreditations(new QComboBox(this)),
      m_standing(new QLabel(this)), m_print(new QPushButton(tr("Print certificate…"), this)),
      m_pdf(new QPushButton(tr("Save as PDF…"), this)), m_issued(new QTreeWidget(this))
{
    m_issued->setHeaderLabels(
        {tr("Certificate"), tr("Accreditation"), tr("Issued on"), tr("Prints"), tr("Issued by")});
    m_issued->setRootIsDecorated(false);
    m_issued->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accreditations->setAccessibleName(tr("Accreditation to certify"));
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::preview(m_reg, {selectedAccreditation()}, this))
            reload();
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        if (CertificateOutput::savePdf(
                m_reg, {selectedAccreditation()}, this,
                m_accreditations->currentText().section(QLatin1Char(' '), 0, 0) +
                    QStringLiteral(".pdf")))
            reload();
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_accreditations, 1);
    actions->addWidget(m_print);
    actions->addWidget(m_pdf);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_standing->setWordWrap(true);
    m_standing->setTextFormat(Qt::PlainText);
    layout->addWidget(m_standing);
    layout->addLayout(actions);
    layout->addWidget(m_issued);
    reload();
}

qint64 CertificatesPanel::selectedAccreditation() const
{
    return m_accreditations->currentData().toLongLong();
}

void CertificatesPanel::reload()
{
    const CertificateService service(m_reg);
    m_accreditations->clear();
    // The standing of each accreditation, and whether it can be certified today: both as the
    // core says them (Standing, CertificateService).
    const CompanyRights rights = m_reg.rights().ofCompany(m_companyId);
    QStringList standings;
    QStringList refused;
    for (const CertificateService::Certifiable& c : service.certifiableOf(m_companyId)) {
        const Standing standing =
            StandingRules::of(c.accreditation, rights.authorizations, m_reg.today());
        standings.append(
            QStringLiteral("%1 — %2").arg(isolated(c.accreditation.number), standing.text()));
        if (c.allowed)
            m_accreditations->addItem(
                QStringLiteral("%1 — %2").arg(c.accreditation.number,
                                              Names::label(c.accreditation.kind)),
                c.accreditation.id);
        else
            refused.append(c.allowed.refusal().message);
    }
    m_standing->setText(standings.join(QLatin1Char('\n')));
    m_standing->setVisible(!standings.isEmpty());
    const bool any = m_accreditations->count() > 0;
    if (!any)
        m_accreditations->addItem(tr("No accreditation effective today"), 0);
    m_accreditations->setToolTip(refused.join(QLatin1Char('\n')));
    m_accreditations->setEnabled(any);
    m_print->setEnabled(any);
    m_pdf->setEnabled(any);
    // Issuing is for clerks and approvers: other roles see why in the tooltip.
    RoleGate::gate(m_reg, Action::IssueCertificates, m_print);
    RoleGate::gate(m_reg, Action::IssueCertificates, m_pdf);

    m_issued->clear();
    for (const CertificateRecord& e : service.ofCompany(m_companyId))
        new QTreeWidgetItem(m_issued, {e.issued.number, e.content.accreditationNumber,
                                       DateText::of(e.issued.issuedOn),
                                       QString::number(e.issued.prints), e.issued.issuedBy});
}

} // namespace cinereg::ui
