#include "XlsxFixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <xlsxwriter.h>

namespace cinereg::test {

QByteArray buildXlsx(const std::function<void(lxw_workbook*, lxw_worksheet*)>& fill,
                     bool constantMemory)
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("fixture.xlsx")));
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    lxw_workbook* workbook = workbook_new_opt(path.constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    fill(workbook, sheet);
    workbook_close(workbook);
    QFile file(QFile::decodeName(path));
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

} // namespace cinereg::test
