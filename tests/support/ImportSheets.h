#pragma once

#include "io/CsvReader.h"
#include "io/ImportService.h"
#include "services/CompanyService.h"
#include "services/Register.h"

#include <gtest/gtest.h>

namespace cinereg::test {

// A CSV text as the import reads it (the test fails if it cannot be read).
inline SheetTable sheet(const QString& text)
{
    const Outcome<SheetTable> t = CsvReader::read(text.toUtf8());
    EXPECT_TRUE(t.ok());
    return t.value();
}

// `--skip-invalid`: the valid rows are imported, the others reported.
inline ImportOptions skipping()
{
    ImportOptions options;
    options.skipInvalid = true;
    return options;
}

// The id of the one company with this ICE; 0 when none or several.
inline qint64 idOfIce(Register& reg, const QString& ice)
{
    CompanyFilter filter;
    filter.search = ice;
    const auto list = reg.companies().list(CompanyListQuery{filter, {}, {}, {}});
    return list.size() == 1 ? list.front().company.id : 0;
}

} // namespace cinereg::test
