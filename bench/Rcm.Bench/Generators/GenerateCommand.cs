using System.Diagnostics;

namespace Rcm.Bench.Generators;

/// <summary>
/// <c>generate --out DIR [--sizes 1,10,100] [--seed 42]</c>: writes 837P and 835 files of each size, with and without
/// a line break after each segment, and checks each file (envelopes; 835 balancing) with <see cref="GeneratedFileCheck"/>.
/// </summary>
internal static class GenerateCommand
{
    /// <summary><c>check FILE...</c>: the same checks on existing files.</summary>
    public static int Check(string[] files)
    {
        int failures = 0;
        foreach (string file in files)
        {
            List<string> problems = GeneratedFileCheck.Check(file);
            Console.WriteLine($"{file}\t{(problems.Count == 0 ? "envelopes and balancing check out" : $"{problems.Count} problem(s)")}");
            foreach (string problem in problems.Take(10))
            {
                Console.WriteLine("  " + problem);
            }

            failures += problems.Count;
        }

        return failures == 0 ? 0 : 1;
    }

    public static int Run(BenchArgs args)
    {
        string outDir = args.Get("out", Path.Combine("bench", "out"));
        ulong seed = ulong.Parse(args.Get("seed", "42"), System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(outDir);
        int failures = 0;
        foreach (int megabytes in args.Ints("sizes", "1,10,100"))
        {
            foreach (X12BenchFileKind kind in Enum.GetValues<X12BenchFileKind>())
            {
                foreach (bool lineBreaks in new[] { false, true })
                {
                    string path = Path.Combine(outDir, X12BenchFileGenerator.FileName(kind, megabytes, lineBreaks));
                    var clock = Stopwatch.StartNew();
                    using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
                    {
                        X12BenchFileGenerator.Write(kind, (long)megabytes << 20, lineBreaks, seed, file);
                    }

                    double seconds = clock.Elapsed.TotalSeconds;
                    List<string> problems = GeneratedFileCheck.Check(path);
                    Console.WriteLine($"{path}\t{new FileInfo(path).Length:N0} bytes\t{seconds:F1} s\t{(problems.Count == 0 ? "envelopes and balancing check out" : $"{problems.Count} problem(s)")}");
                    foreach (string problem in problems.Take(10))
                    {
                        Console.WriteLine("  " + problem);
                    }

                    failures += problems.Count;
                }
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
