#include "ImportDialog.h"

#include "FormConventions.h"
#include "io/ImportService.h"
#include "services/Register.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cinereg::ui {

namespace {
constexpr int PreviewRows = 20;
}

ImportDialog::ImportDialog(Register& reg, Kind kind, QWidget* parent)
    : QDialog(parent), m_reg(reg), m_kind(kind)
{
    setWindowTitle(kind == Kind::Companies ? tr("Import companies") : tr("Import rights"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen."));
    auto* choose = new QPushButton(tr("Choose a file…"));
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    layout->addWidget(new QLabel(tr("First rows of the sheet:")));
    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false); // Tab leaves the table (arrows move within it)
    layout->addWidget(m_preview, 2);

    layout->addWidget(new QLabel(tr("Rejected rows:")));
    m_report = new QTableWidget(0, 3);
    m_report->setHorizontalHeaderLabels({tr("Line"), tr("Field"), tr("Why")});
    m_report->horizontalHeader()->setStretchLastSection(true);
    m_report->verticalHeader()->setVisible(false);
    m_report->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_report->setTabKeyNavigation(false);
    layout->addWidget(m_report, 1);

    // Why Import is disabled, or what it will do, in a place kept for it.
    m_summary = new QLabel(tr("Choose a file: its rows are checked before anything is imported."));
    reserveMessageSpace(m_summary);
    layout->addWidget(m_summary);
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and leave out the rejected ones"));
    layout->addWidget(m_skipInvalid);
    m_progress = new QProgressBar;
    m_progress->setVisible(false);
    QSizePolicy keepPlace = m_progress->sizePolicy(); // the bar appearing moves nothing
    keepPlace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepPlace);
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox;
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_import->setEnabled(false);
    m_cancel->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this] { showReport(m_last); });
    layout->addWidget(buttons);
    resize(900, 640);
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), QString(),
                                                      tr("Sheets (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool ImportDialog::openFile(const QString& path)
{
    m_file->setText(path);
    const Outcome<SheetTable> table = ImportService::readFile(path);
    m_preview->clear();
    m_report->setRowCount(0);
    if (!table) {
        m_table = {};
        m_summary->setText(table.refusal().message);
        m_import->setEnabled(false);
        return false;
    }
    m_table = table.value();
    m_preview->setColumnCount(int(m_table.header.size()));
    m_preview->setHorizontalHeaderLabels(m_table.header);
    const int shown = qMin(PreviewRows, int(m_table.rows.size()));
    m_preview->setRowCount(shown);
    QStringList lines;
    for (int r = 0; r < shown; ++r) {
        const SheetRow& row = m_table.rows.at(r);
        lines.append(QString::number(row.line));
        for (int c = 0; c < row.cells.size() && c < m_preview->columnCount(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(row.cells.at(c)));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();

    ImportOptions check;
    check.dryRun = true;
    showReport(run(check));
    return true;
}

ImportReport ImportDialog::run(const ImportOptions& options)
{
    m_running = true;
    m_cancelRequested = false;
    m_import->setEnabled(false);
    m_cancel->setEnabled(true);
    m_close->setEnabled(false);
    m_progress->setVisible(true);
    m_progress->setRange(0, qMax(1, int(m_table.rows.size())));
    m_progress->setValue(0);
    const ImportProgress progress = [this](int done, int total) {
        // Repaint and take clicks (Cancel) every few rows: responsive without slowing the run.
        if (done % 25 == 0 || done == total) {
            m_progress->setValue(done);
            emit progressed(done, total);
            QCoreApplication::processEvents();
        }
        return !m_cancelRequested;
    };
    const ImportService service(m_reg);
    ImportReport report = m_kind == Kind::Companies
                              ? service.importCompanies(m_table, options, progress)
                              : service.importRights(m_table, options, progress);
    m_running = false;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_progress->setVisible(false);
    QSizePolicy keepPlace = m_progress->sizePolicy(); // the bar appearing moves nothing
    keepPlace.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keepPlace);
    return report;
}

void ImportDialog::runImport()
{
    ImportOptions options;
    options.skipInvalid = m_skipInvalid->isChecked();
    const ImportReport report = run(options);
    showReport(report);
    if (report.written) {
        m_import->setEnabled(false);
        m_summary->setText(tr("%n row(s) imported.", nullptr, report.imported));
        emit registerChanged();
    } else if (report.cancelled) {
        m_summary->setText(tr("Import cancelled: nothing was written."));
    }
}

void ImportDialog::showReport(const ImportReport& report)
{
    m_last = report;
    m_report->setRowCount(int(report.rejected.size()));
    for (int i = 0; i < report.rejected.size(); ++i) {
        const ImportProblem& p = report.rejected.at(i);
        m_report->setItem(i, 0, new QTableWidgetItem(QString::number(p.line)));
        m_report->setItem(i, 1, new QTableWidgetItem(p.field));
        auto* why = new QTableWidgetItem(p.message);
        why->setToolTip(p.message); // a long message is cut in the column
        m_report->setItem(i, 2, why);
    }
    m_report->resizeColumnToContents(0);
    m_report->resizeColumnToContents(1);
    const int rejectedRows = [&] {
        QSet<int> lines;
        for (const ImportProblem& p : report.rejected)
            lines.insert(p.line);
        return int(lines.size());
    }();
    if (report.cancelled) {
        m_summary->setText(tr("Check cancelled."));
        m_import->setEnabled(false);
    } else if (rejectedRows == 0) {
        m_summary->setText(
            tr("Every row is valid: %n row(s) ready to import.", nullptr, report.imported));
        m_import->setEnabled(report.imported > 0);
    } else {
        m_summary->setText(
            tr("%n row(s) rejected (see why above); fix them in the sheet and choose it again, "
               "or import only the valid rows.",
               nullptr, rejectedRows));
        m_import->setEnabled(m_skipInvalid->isChecked() && report.imported > 0);
    }
}

} // namespace cinereg::ui
