// Search and list at 1k, 10k and 100k companies: through the core (CompanyStore::list, the query
// the window and the CLI run; CompanyService::list, which adds each row's standing today) next
// to the very same SQL through the raw SQLite C API on the same file.
//
// Registers are generated once into $CINEREG_BENCH_DIR (default: ./bench-data).
#include "BenchRegisters.h"
#include "Clock.h"
#include "RawSqlite.h"
#include "sample/RegisterGenerator.h"
#include "services/CompanyService.h"
#include "services/Register.h"
#include "store/CompanyStore.h"
#include "store/StoreAccess.h"

#include <benchmark/benchmark.h>
#include <map>
#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace cinereg;

namespace {
using bench::registerOf;
using bench::Today;

struct Search
{
    const char* label;
    QString text;
};

const Search Searches[] = {
    {"first page", QString()},
    {"latin word", QStringLiteral("sahara")},
    {"latin accents", QStringLiteral("cinema DRAA")},
    {"arabic", QStringLiteral("الصحراء")},
    {"arabic hamza", QStringLiteral("اطلس")},
    {"ice fragment", QStringLiteral("1000123")},
    {"short word", QStringLiteral("zi")},
};

CompanyFilter filterFor(int search)
{
    CompanyFilter f;
    f.search = Searches[search].text;
    f.limit = 100; // one page of the register view
    return f;
}

void BM_CoreQuery(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    const CompanyStore store(StoreAccess::of(reg));
    const CompanyFilter filter = filterFor(int(state.range(1)));
    for (auto _ : state)
        benchmark::DoNotOptimize(store.list(filter));
    state.SetLabel(Searches[state.range(1)].label);
}

void BM_RawQuery(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    RawSqlite raw(reg.location());
    QVariantList params;
    const QString sql =
        CompanyStore(StoreAccess::of(reg)).listQuery(filterFor(int(state.range(1))), params);
    for (auto _ : state)
        benchmark::DoNotOptimize(raw.run(sql, params));
    state.SetLabel(Searches[state.range(1)].label);
}

void BM_ServiceListWithStanding(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    CompanyListQuery query;
    query.filter = filterFor(int(state.range(1)));
    query.on = Today;
    for (auto _ : state)
        benchmark::DoNotOptimize(reg.companies().list(query));
    state.SetLabel(Searches[state.range(1)].label);
}

void BM_Count(benchmark::State& state)
{
    Register& reg = registerOf(int(state.range(0)));
    CompanyFilter filter = filterFor(int(state.range(1)));
    for (auto _ : state)
        benchmark::DoNotOptimize(reg.companies().count(filter));
    state.SetLabel(Searches[state.range(1)].label);
}

void sizesAndSearches(benchmark::internal::Benchmark* b)
{
    for (int size : {1000, 10000, 100000})
        for (int s = 0; s < int(std::size(Searches)); ++s)
            b->Args({size, s});
    b->Unit(benchmark::kMicrosecond);
}
} // namespace

BENCHMARK(BM_CoreQuery)->Apply(sizesAndSearches);
BENCHMARK(BM_RawQuery)->Apply(sizesAndSearches);
BENCHMARK(BM_ServiceListWithStanding)->Apply(sizesAndSearches);
BENCHMARK(BM_Count)->Apply(sizesAndSearches);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench::closeRegisters();
    return 0;
}
