// libFuzzer target for the CSV reader: any bytes (any encoding, separators, quotes, line breaks)
// must give a table or a refusal, never a crash, a hang or an out-of-bounds read.
#include "io/CsvReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const cinereg::Outcome<cinereg::SheetTable> table = cinereg::CsvReader::read(bytes);
    if (table.ok()) {
        // Every row keeps a line number inside the file.
        for (const cinereg::SheetRow& row : table.value().rows)
            if (row.line < 1)
                __builtin_trap();
    }
    return 0;
}
