#pragma once

#include "../Refusal.h"

#include <functional>
#include <optional>
#include <QString>
#include <QVector>

namespace cinereg {

// One rejected row: where it is in the file, which field, and why (translated).
struct ImportProblem
{
    int line = 0;
    QString field;
    QString message;
};

struct ImportOptions
{
    bool dryRun = false;      // check every row, write nothing
    bool skipInvalid = false; // import the valid rows even when some are rejected
};

// What an import did. `written` is false when nothing reached the register: a dry run, a
// rejected row without skipInvalid, or a cancellation.
struct ImportReport
{
    int imported = 0; // rows accepted (written, or that would be written in a dry run)
    QVector<ImportProblem> rejected;
    bool cancelled = false;
    bool written = false;
    // The whole import refused before any row was read (the account's role): also listed in
    // `rejected` as line 0, for a window that only shows the rows.
    std::optional<Refusal> refused;
};

// Called after each row with (rows done, rows in all); returning false cancels the import, which
// then writes nothing.
using ImportProgress = std::function<bool(int done, int total)>;

} // namespace cinereg
