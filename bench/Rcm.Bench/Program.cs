using BenchmarkDotNet.Running;
using Rcm.Bench;
using Rcm.Bench.Generators;
using Rcm.Bench.Reading;

// Verbs (see bench/README.md):
//   generate --out bench/out [--sizes 1,10,100] [--seed 42]   deterministic 837P / 835 files
//   check FILE...                                             envelope and 835 balancing checks of a file
//   measure [--sizes 1,100] [--seconds 1]                      quick reader throughput beside the limit probes
//   stream [--size-mb 2048] [--kind 837p|835] [--lf]           bounded-memory streaming of a generated input
//   typed [--sizes 1,100] [--seconds 2]                       typed parse and typed writing (837P, 835, 271)
//   validate [--sizes 1,100] [--runs 5]                       guide validation (837P, 835) beside the memory probe
//   eligibility [--checks 20000] [--inflight 100] [--runs 3]  real-time checks against the in-process sandbox
//   anything else goes to BenchmarkDotNet, e.g. --filter '*X12Read*' --job short
string verb = args.Length > 0 ? args[0] : "";
var rest = new BenchArgs(args.Length > 0 ? args[1..] : []);
return verb switch
{
    "generate" => GenerateCommand.Run(rest),
    "check" => GenerateCommand.Check(args[1..]),
    "measure" => ReadThroughputDriver.Run(rest),
    "stream" => StreamMemoryDriver.Run(rest),
    "typed" => Rcm.Bench.Typed.TypedThroughputDriver.Run(rest),
    "validate" => Rcm.Bench.Validation.ValidationThroughputDriver.Run(rest),
    "eligibility" => Rcm.Bench.Eligibility.CheckpointThroughputDriver.Run(rest),
    _ => RunBenchmarks(args),
};

static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(BenchArgs).Assembly).Run(args);
    return 0;
}
