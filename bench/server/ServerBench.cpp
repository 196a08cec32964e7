// Search, list, a company's page and "who may execute?" at 100,000 companies on a PostgreSQL
// server next to the same register in SQLite, in the same run (bench/server/run.sh):
//   engine 0: the generated register file ($CINEREG_BENCH_DIR/register-N.cinereg)
//   engine 1: the same register restored into a server database ($CINEREG_BENCH_PG, a
//             postgresql:// address)
// Times are wall-clock (the server's work is not this process's CPU time).
#include "BenchRegisters.h"
#include "certificates/CertificateService.h"
#include "services/CompanyService.h"
#include "services/ProductionService.h"
#include "services/Register.h"
#include "services/RightService.h"

#include <benchmark/benchmark.h>
#include <memory>
#include <QCoreApplication>

using namespace cinereg;

namespace {
using bench::Today;

int companies()
{
    return qEnvironmentVariableIntValue("CINEREG_BENCH_COMPANIES") > 0
               ? qEnvironmentVariableIntValue("CINEREG_BENCH_COMPANIES")
               : 100000;
}

std::unique_ptr<Register>& serverRegister()
{
    static std::unique_ptr<Register> reg;
    return reg;
}

Register* registerFor(benchmark::State& state)
{
    if (state.range(0) == 0)
        return &bench::registerOf(companies());
    auto& reg = serverRegister();
    if (!reg) {
        const QString url = qEnvironmentVariable("CINEREG_BENCH_PG");
        if (url.isEmpty()) {
            state.SkipWithError("CINEREG_BENCH_PG names no server register");
            return nullptr;
        }
        reg = std::make_unique<Register>(url, bench::benchClock(), QStringLiteral("bench"));
    }
    return reg.get();
}

const char* engineName(benchmark::State& state)
{
    return state.range(0) == 0 ? "sqlite" : "postgresql";
}

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
    {"one letter", QStringLiteral("a")},
};

// The register view's page: 100 rows with each company's standing today, and the row count.
void BM_SearchPage(benchmark::State& state)
{
    Register* reg = registerFor(state);
    if (!reg)
        return;
    CompanyListQuery query;
    query.filter.search = Searches[state.range(1)].text;
    query.filter.limit = 100;
    query.on = Today;
    for (auto _ : state) {
        benchmark::DoNotOptimize(reg->companies().list(query));
        benchmark::DoNotOptimize(reg->companies().count(query.filter));
    }
    state.SetLabel(std::string(engineName(state)) + " " + Searches[state.range(1)].label);
}

// A tier list's first page (accredited internationally today), as the list's filter gives it.
void BM_TierPage(benchmark::State& state)
{
    Register* reg = registerFor(state);
    if (!reg)
        return;
    CompanyListQuery query;
    query.tier = RightKind::International;
    query.on = Today;
    query.filter.limit = 100;
    for (auto _ : state)
        benchmark::DoNotOptimize(reg->companies().list(query));
    state.SetLabel(engineName(state));
}

// What a company's page (and `company show`) reads: the record, its rights with their
// histories, its productions and its certificates; a different company at each iteration.
void BM_CompanyPage(benchmark::State& state)
{
    Register* reg = registerFor(state);
    if (!reg)
        return;
    const qint64 n = companies();
    qint64 id = 1;
    for (auto _ : state) {
        benchmark::DoNotOptimize(reg->companies().find(id));
        benchmark::DoNotOptimize(reg->rights().ofCompany(id));
        ProductionFilter filter;
        filter.executorId = id;
        benchmark::DoNotOptimize(reg->productions().list(filter));
        benchmark::DoNotOptimize(CertificateService(*reg).ofCompany(id));
        id = id * 7919 % n + 1;
    }
    state.SetLabel(engineName(state));
}

// "Who may execute?": the production dialog's question for a national shoot of two weeks
// starting next week (names and accreditation numbers of every eligible company).
void BM_WhoMayExecute(benchmark::State& state)
{
    Register* reg = registerFor(state);
    if (!reg)
        return;
    const QDate from = Today.addDays(7);
    const QDate to = Today.addDays(20);
    qsizetype found = 0;
    for (auto _ : state)
        found = reg->productions().eligibility(ProductionKind::National, from, to).size();
    state.counters["eligible"] = double(found);
    state.SetLabel(engineName(state));
}

void engines(benchmark::internal::Benchmark* b)
{
    b->Args({0})->Args({1})->Unit(benchmark::kMillisecond)->UseRealTime();
}

void enginesAndSearches(benchmark::internal::Benchmark* b)
{
    for (int s = 0; s < int(std::size(Searches)); ++s)
        for (int engine : {0, 1})
            b->Args({engine, s});
    b->Unit(benchmark::kMillisecond)->UseRealTime();
}
} // namespace

BENCHMARK(BM_SearchPage)->Apply(enginesAndSearches);
BENCHMARK(BM_TierPage)->Apply(engines);
BENCHMARK(BM_CompanyPage)->Apply(engines);
BENCHMARK(BM_WhoMayExecute)->Apply(engines);

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    serverRegister().reset();
    bench::closeRegisters();
    return 0;
}
