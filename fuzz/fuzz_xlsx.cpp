// libFuzzer target for the XLSX reader: any bytes (broken zips, zip bombs, malformed XML, huge
// cell references and merged ranges) must give a table or a refusal, never a crash or a hang.
#include "io/XlsxReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const cinereg::Outcome<cinereg::SheetTable> table = cinereg::XlsxReader::read(bytes);
    if (table.ok()) {
        for (const cinereg::SheetRow& row : table.value().rows)
            if (row.line < 1 || row.cells.size() > 1024)
                __builtin_trap();
    }
    return 0;
}
