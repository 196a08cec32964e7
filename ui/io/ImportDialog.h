#pragma once

#include "io/ImportReport.h"
#include "io/SheetTable.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace cinereg {
class Register;
}

namespace cinereg::ui {

// File → Import companies / rights: the first rows of the sheet, the row report of a dry run
// (line, field, translated message), then the import with a progress bar and Cancel. The import
// runs in steps on the UI thread (the register's connection belongs to it), handing events back
// to the window after each row so it stays responsive; a cancelled import writes nothing.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Companies, Rights };

    ImportDialog(Register& reg, Kind kind, QWidget* parent = nullptr);

    // Reads the file, shows its first rows and checks every row (nothing written). False when
    // the file cannot be read (the reason is shown).
    bool openFile(const QString& path);
    void runImport();
    void cancel() { m_cancelRequested = true; }

    QTableWidget* preview() const { return m_preview; }
    QTableWidget* reportTable() const { return m_report; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* skipInvalid() const { return m_skipInvalid; }
    QLabel* summary() const { return m_summary; }
    const ImportReport& lastReport() const { return m_last; }

signals:
    void registerChanged();
    // After each step of a run; lets a test cancel in the middle as a clerk would.
    void progressed(int done, int total);

private:
    ImportReport run(const ImportOptions& options);
    void showReport(const ImportReport& report);
    void chooseFile();

    Register& m_reg;
    Kind m_kind;
    SheetTable m_table;
    bool m_cancelRequested = false;
    bool m_running = false;
    ImportReport m_last;
    QLabel* m_file = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_report = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace cinereg::ui
