// The register's figures (StatisticsService::figures, what `stats`, the Statistics tab and its
// report compute) at 1k, 10k and 100k companies, and the yearly series' reading alone
// (StatisticsStore::yearlySeries: the yearly counts, less what takes effect after the day).
//
// Registers are generated once into $CINEREG_BENCH_DIR (default: ./bench-data), the same files
// as bench_search.
#include "BenchRegisters.h"
#include "Clock.h"
#include "sample/RegisterGenerator.h"
#include "services/Register.h"
#include "statistics/StatisticsService.h"
#include "store/StatisticsStore.h"
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

void figures(benchmark::State& state)
{
    const Register& reg = registerOf(int(state.range(0)));
    int inForce = 0;
    for (auto _ : state) {
        const Outcome<RegisterFigures> f = StatisticsService(reg).figures({Today, {}, {}});
        inForce = f.value().inForce.authorization;
        benchmark::DoNotOptimize(inForce);
    }
    state.counters["authorizations_in_force"] = inForce;
}

// The same on 1 July, the day whose year is the most expensive to count in part (half a year of
// decisions, authorizations and productions read through the indexes on their days).
void figuresMidYear(benchmark::State& state)
{
    const Register& reg = registerOf(int(state.range(0)));
    const QDate midYear(Today.year(), 7, 1);
    int grants = 0;
    for (auto _ : state) {
        const Outcome<RegisterFigures> f = StatisticsService(reg).figures({midYear, {}, {}});
        grants = f.value().perYear.constLast().grants;
        benchmark::DoNotOptimize(grants);
    }
    state.counters["grants_that_year"] = grants;
}

// The reading of the yearly series alone: the yearly counts up to the day's year, less what
// takes effect after the day in it.
void scans(benchmark::State& state)
{
    const Register& reg = registerOf(int(state.range(0)));
    const StatisticsStore store(StoreAccess::of(reg));
    qsizetype rows = 0;
    for (auto _ : state) {
        const YearlySeries series = store.yearlySeries(Today);
        rows = series.rowsRead;
        benchmark::DoNotOptimize(series.firstYear);
    }
    state.counters["rows_read"] = double(rows);
}
} // namespace

BENCHMARK(figures)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(figuresMidYear)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(scans)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    bench::closeRegisters();
    return 0;
}
