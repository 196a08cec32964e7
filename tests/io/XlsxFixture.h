#pragma once

#include <functional>
#include <QByteArray>
#include <QString>

struct lxw_workbook;
struct lxw_worksheet;

namespace cinereg::test {

// Builds a small XLSX workbook with libxlsxwriter (as Excel would write it) and returns its
// bytes; `constantMemory` makes libxlsxwriter write inline strings instead of shared ones.
QByteArray buildXlsx(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill,
                     bool constantMemory = false);

} // namespace cinereg::test
