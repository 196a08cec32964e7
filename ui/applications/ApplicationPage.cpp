#include "ApplicationPage.h"

#include "ApplicationDecisionDialog.h"
#include "applications/ApplicationService.h"
#include "applications/ReceiptDocument.h"
#include "DateEditFormat.h"
#include "RoleGate.h"
#include "services/ChangeFeed.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "StatusText.h"
#include "StorageFailureBar.h"

#include <algorithm>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
QString stateColor(DossierRules::State state)
{
    switch (state) {
    case DossierRules::State::Missing:
        return QStringLiteral("#808080");
    case DossierRules::State::Received:
    case DossierRules::State::Fresh:
        return QStringLiteral("#1b7a2e");
    case DossierRules::State::Stale:
    case DossierRules::State::NotYetIssued:
        return QStringLiteral("#b01c1c");
    }
    return {};
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}
} // namespace

ApplicationPage::ApplicationPage(const Register& reg, qint64 applicationId, QWidget* parent)
    : QWidget(parent), m_reg(reg), m_applicationId(applicationId), m_heading(new QLabel(this)),
      m_details(new QLabel(this)), m_problem(new QLabel(this)),
      m_storage(new StorageFailureBar(this)), m_checklist(new QTableWidget(this)),
      m_attach(new QPushButton(tr("Attach a scan…"), this)),
      m_open(new QPushButton(tr("Open the scan"), this)),
      m_saveAs(new QPushButton(tr("Save the scan as…"), this)),
      m_decide(new QPushButton(tr("Decide…"), this)),
      m_withdraw(new QPushButton(tr("Withdrawn by the company…"), this)),
      m_company(new QPushButton(tr("Open the company"), this))
{
    m_heading->setStyleSheet(QStringLiteral("font-size: 16pt; font-weight: bold;"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c; font-weight: bold;"));
    m_problem->hide();

    auto* piecesBox = new QGroupBox(tr("Pieces of the dossier"), this);
    m_checklist->setColumnCount(4);
    m_checklist->setHorizontalHeaderLabels(
        {tr("Piece (tick when received)"), tr("Dated"), tr("State today"), tr("Scan")});
    m_checklist->horizontalHeader()->setSectionResizeMode(PieceColumn,
                                                          QHeaderView::ResizeToContents);
    m_checklist->horizontalHeader()->setSectionResizeMode(StateColumn,
                                                          QHeaderView::ResizeToContents);
    m_checklist->horizontalHeader()->setStretchLastSection(true);
    m_checklist->verticalHeader()->hide();
    m_checklist->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_checklist->setSelectionMode(QAbstractItemView::SingleSelection);
    m_checklist->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_checklist, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_loading || item->column() != PieceColumn)
            return;
        const auto kind = ApplicationNames::pieceKind(item->data(KindRole).toString());
        auto* date = qobject_cast<QDateEdit*>(m_checklist->cellWidget(item->row(), DatedColumn));
        if (kind)
            setPieceTicked(*kind, item->checkState() == Qt::Checked,
                           date ? date->date() : m_reg.today());
    });
    connect(m_checklist, &QTableWidget::currentCellChanged, this, &ApplicationPage::updateActions);
    connect(m_attach, &QPushButton::clicked, this, &ApplicationPage::attachScan);
    connect(m_open, &QPushButton::clicked, this, &ApplicationPage::openScan);
    connect(m_saveAs, &QPushButton::clicked, this, &ApplicationPage::saveScan);
    auto* scanButtons = new QHBoxLayout;
    scanButtons->addWidget(m_attach);
    scanButtons->addWidget(m_open);
    scanButtons->addWidget(m_saveAs);
    scanButtons->addStretch();
    auto* piecesLayout = new QVBoxLayout(piecesBox);
    piecesLayout->addWidget(m_checklist);
    piecesLayout->addLayout(scanButtons);

    auto* print = new QPushButton(tr("Print the receipt…"), this);
    auto* pdf = new QPushButton(tr("Save the receipt as PDF…"), this);
    connect(print, &QPushButton::clicked, this, &ApplicationPage::printReceipt);
    connect(pdf, &QPushButton::clicked, this, &ApplicationPage::saveReceipt);
    connect(m_decide, &QPushButton::clicked, this, &ApplicationPage::decide);
    connect(m_withdraw, &QPushButton::clicked, this, &ApplicationPage::withdraw);
    connect(m_company, &QPushButton::clicked, this, [this] {
        if (m_application)
            Q_EMIT companyActivated(m_application->companyId);
    });
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_decide);
    actions->addWidget(m_withdraw);
    actions->addStretch();
    actions->addWidget(print);
    actions->addWidget(pdf);
    actions->addWidget(m_company);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(piecesBox, 1);
    layout->addWidget(m_storage);
    layout->addWidget(m_problem);
    layout->addLayout(actions);
    connect(&reg.changes(), &ChangeFeed::changed, this, &ApplicationPage::reload);
    reload();
}

QString ApplicationPage::title() const
{
    return m_application ? tr("Dossier %1").arg(m_application->receipt) : QString();
}

QString ApplicationPage::problemText() const
{
    return m_problem->isVisible() || !m_problem->text().isEmpty() ? m_problem->text() : QString();
}

void ApplicationPage::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void ApplicationPage::reload()
{
    m_application = ApplicationService(m_reg).find(m_applicationId);
    if (!m_application)
        return;
    const Application& a = *m_application;
    const QDate today = m_reg.today();
    const auto companies = m_reg.companies().summaries({a.companyId});
    const QString company = companies.isEmpty() ? QString() : companies[0].name;
    m_heading->setText(QStringLiteral("%1   ·   %2").arg(a.receipt, company));

    QString status = ApplicationNames::label(a.status);
    if (a.isOverdue(today))
        status = QStringLiteral("<span style='color:#b01c1c; font-weight:bold'>%1</span>")
                     .arg(tr("open, overdue by %n day(s)", nullptr, int(a.deadline.daysTo(today))));
    QString details = tr("<b>%1</b><br>Received on %2 · decision due by <b>%3</b> · status: %4")
                          .arg(ApplicationNames::subject(a.kind, a.renewal).toHtmlEscaped(),
                               dateText(a.received), dateText(a.deadline), status);
    if (a.status == ApplicationStatus::Granted || a.status == ApplicationStatus::Refused)
        details +=
            QStringLiteral("<br>") +
            tr("Decision %1 of %2").arg(a.decisionReference.toHtmlEscaped(), dateText(a.decidedOn));
    else if (a.status == ApplicationStatus::Withdrawn)
        details += QStringLiteral("<br>") + tr("Withdrawn on %1").arg(dateText(a.decidedOn));
    if (!a.reason.isEmpty())
        details += QStringLiteral("<br>") + tr("Reason: %1").arg(a.reason.toHtmlEscaped());
    m_details->setText(details);

    m_loading = true;
    const int current = m_checklist->currentRow();
    const QVector<DossierRules::Item> items = DossierRules::pieces(a, today);
    m_checklist->setRowCount(items.size());
    for (int row = 0; row < items.size(); ++row) {
        const DossierRules::Item& item = items[row];
        auto* piece = new QTableWidgetItem(DossierRules::pieceLabel(item));
        piece->setData(KindRole, ApplicationNames::code(item.kind));
        piece->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                        (a.isOpen() ? Qt::ItemIsUserCheckable : Qt::NoItemFlags));
        piece->setCheckState(item.piece ? Qt::Checked : Qt::Unchecked);
        m_checklist->setItem(row, PieceColumn, piece);

        // The date editors are kept from one reload to the next (a reload may run from one of
        // their own signals); each knows the kind of its row.
        auto* date = qobject_cast<QDateEdit*>(m_checklist->cellWidget(row, DatedColumn));
        if (!date) {
            date = new QDateEdit(m_checklist);
            date->setCalendarPopup(true);
            applyDateFormat(date);
            connect(date, &QDateEdit::editingFinished, this, [this, date] {
                // A ticked piece takes its new date at once; an unticked one waits for its tick.
                const auto kind = ApplicationNames::pieceKind(date->property("kind").toString());
                if (kind && m_application && m_application->piece(*kind) &&
                    m_application->piece(*kind)->dated != date->date())
                    setPieceTicked(*kind, true, date->date());
            });
            m_checklist->setCellWidget(row, DatedColumn, date);
        }
        const QSignalBlocker quiet(date);
        date->setProperty("kind", ApplicationNames::code(item.kind));
        // A piece recorded with a later date shows that date (and its state says so), not a
        // date clamped to today.
        date->setMaximumDate(item.piece ? std::max(today, item.piece->dated) : today);
        date->setDate(item.piece ? item.piece->dated : today);
        date->setEnabled(a.isOpen());

        auto* state = new QTableWidgetItem(DossierRules::stateLabel(item.state));
        state->setForeground(QColor(stateColor(item.state)));
        m_checklist->setItem(row, StateColumn, state);
        QString scan;
        if (item.piece && item.piece->attachment)
            scan = QStringLiteral("%1 (%2)").arg(item.piece->attachment->name,
                                                 sizeText(item.piece->attachment->size));
        m_checklist->setItem(row, ScanColumn, new QTableWidgetItem(scan));
    }
    if (current >= 0 && current < m_checklist->rowCount())
        m_checklist->selectRow(current);
    m_loading = false;
    m_decide->setEnabled(a.isOpen());
    m_withdraw->setEnabled(a.isOpen());
    // What the signed-in role may not do is disabled, the tooltip naming the role it needs.
    RoleGate::gate(m_reg, Action::ProposeDecision, m_decide);
    RoleGate::gate(m_reg, Action::FileApplications, m_withdraw);
    updateActions();
}

std::optional<PieceKind> ApplicationPage::selectedKind() const
{
    const QTableWidgetItem* item = m_checklist->item(m_checklist->currentRow(), PieceColumn);
    if (!item)
        return std::nullopt;
    return ApplicationNames::pieceKind(item->data(KindRole).toString());
}

void ApplicationPage::updateActions()
{
    const auto kind = selectedKind();
    const Piece* piece = m_application && kind ? m_application->piece(*kind) : nullptr;
    const bool open = m_application && m_application->isOpen();
    m_attach->setEnabled(open && piece);
    m_open->setEnabled(piece && piece->attachment);
    m_saveAs->setEnabled(piece && piece->attachment);
}

void ApplicationPage::setPieceTicked(PieceKind kind, bool ticked, QDate dated)
{
    if (!ticked && m_application && m_application->piece(kind)) {
        const Piece* piece = m_application->piece(kind);
        if (piece->attachment &&
            QMessageBox::question(this, tr("Remove the piece"),
                                  tr("Remove the %1 and its scan %2 from the dossier?")
                                      .arg(ApplicationNames::label(kind),
                                           piece->attachment->name)) != QMessageBox::Yes) {
            reload();
            return;
        }
    }
    const QDate day = dated.isValid() ? dated : m_reg.today();
    m_storage->attempt([this, kind, ticked, day] { writePiece(kind, ticked, day); });
}

void ApplicationPage::writePiece(PieceKind kind, bool ticked, QDate dated)
{
    const ApplicationService service(m_reg);
    QString problem;
    if (ticked) {
        const Outcome<qint64> recorded = service.recordPiece(m_applicationId, kind, dated);
        if (!recorded)
            problem = recorded.refusal().message;
    } else if (m_application && m_application->piece(kind)) {
        const Check removed = service.removePiece(m_applicationId, kind);
        if (!removed)
            problem = removed.refusal().message;
    }
    reload();
    showProblem(problem);
    if (problem.isEmpty())
        Q_EMIT registerChanged();
}

bool ApplicationPage::attachFile(PieceKind kind, const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    // The retry may run later, from the bar's button: the result goes through a member.
    return m_storage->attempt([this, kind, path, bytes] {
        m_written = writeAttachment(kind, path, bytes);
    }) && m_written;
}

bool ApplicationPage::writeAttachment(PieceKind kind, const QString& path, const QByteArray& bytes)
{
    const Outcome<qint64> attached =
        ApplicationService(m_reg).attach(m_applicationId, kind, path, bytes);
    reload();
    showProblem(attached ? QString() : attached.refusal().message);
    if (attached)
        Q_EMIT registerChanged();
    return attached.ok();
}

bool ApplicationPage::saveScanAs(PieceKind kind, const QString& path)
{
    const std::optional<Attachment> scan =
        ApplicationService(m_reg).attachment(m_applicationId, kind);
    if (!scan)
        return false;
    QSaveFile file(path); // all or nothing, never a truncated scan
    if (!file.open(QIODevice::WriteOnly) || file.write(scan->data) != scan->data.size() ||
        !file.commit()) {
        showProblem(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void ApplicationPage::attachScan()
{
    const auto kind = selectedKind();
    if (!kind)
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Attach a scan of the %1").arg(ApplicationNames::label(*kind)), QDir::homePath(),
        tr("Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        attachFile(*kind, path);
}

void ApplicationPage::openScan()
{
    const auto kind = selectedKind();
    if (!kind)
        return;
    const std::optional<Attachment> scan =
        ApplicationService(m_reg).attachment(m_applicationId, *kind);
    if (!scan)
        return;
    // A copy in the temporary folder, opened with the system's viewer; the register keeps the
    // original.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
                           QStringLiteral("/cinereg-scans/%1").arg(m_applicationId);
    QDir().mkpath(folder);
    const QString path = folder + QLatin1Char('/') + scan->name;
    if (saveScanAs(*kind, path))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ApplicationPage::saveScan()
{
    const auto kind = selectedKind();
    if (!kind)
        return;
    const std::optional<Attachment> scan =
        ApplicationService(m_reg).attachment(m_applicationId, *kind);
    if (!scan)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the scan as"),
                                                      QDir::home().filePath(scan->name));
    if (!path.isEmpty())
        saveScanAs(*kind, path);
}

void ApplicationPage::decide()
{
    ApplicationDecisionDialog dialog(m_reg, m_applicationId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        // With accounts the decision is a proposal: the dossier stays open until it is approved.
        const Submission done = dialog.submission();
        showProblem(done.proposed() ? done.proposedMessage() : QString());
        Q_EMIT registerChanged();
    }
}

void ApplicationPage::withdraw()
{
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Dossier withdrawn"),
        tr("The company withdrew dossier %1. Reason (optional):").arg(m_application->receipt),
        QLineEdit::Normal, QString(), &ok);
    if (ok)
        withdrawWith(reason);
}

bool ApplicationPage::withdrawWith(const QString& reason)
{
    // The reason typed is kept by the retry if the register cannot take the withdrawal now.
    return m_storage->attempt([this, reason] { m_written = writeWithdrawal(reason); }) && m_written;
}

bool ApplicationPage::writeWithdrawal(const QString& reason)
{
    const Check withdrawn = ApplicationService(m_reg).withdraw(m_applicationId, reason);
    reload();
    showProblem(withdrawn ? QString() : withdrawn.refusal().message);
    if (withdrawn)
        Q_EMIT registerChanged();
    return withdrawn.ok();
}

void ApplicationPage::printReceipt()
{
    const auto receipt = ReceiptDocument::load(m_reg, m_applicationId);
    if (!receipt) {
        showProblem(receipt.refusal().message);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    printer.setDocName(tr("Receipt %1").arg(receipt.value()->application().receipt));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Receipt %1").arg(receipt.value()->application().receipt));
    const auto document = receipt.value();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [document](QPrinter* p) { document->print(p); });
    preview.exec();
}

void ApplicationPage::saveReceipt()
{
    const auto receipt = ReceiptDocument::load(m_reg, m_applicationId);
    if (!receipt) {
        showProblem(receipt.refusal().message);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the receipt as PDF"),
        QDir::home().filePath(QStringLiteral("%1.pdf").arg(receipt.value()->application().receipt)),
        tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    const Check written = receipt.value()->writePdf(path);
    showProblem(written ? QString() : written.refusal().message);
}

} // namespace cinereg::ui
