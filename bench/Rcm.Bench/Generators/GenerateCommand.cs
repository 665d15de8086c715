using System.Diagnostics;

namespace Rcm.Bench.Generators;

/// <summary>
/// <c>generate --out DIR [--sizes 1,10,100] [--seed 42]</c>: writes 837P and 835 files of each size, with and without
/// a line break after each segment.
/// </summary>
internal static class GenerateCommand
{
    public static int Run(BenchArgs args)
    {
        string outDir = args.Get("out", Path.Combine("bench", "out"));
        ulong seed = ulong.Parse(args.Get("seed", "42"), System.Globalization.CultureInfo.InvariantCulture);
        Directory.CreateDirectory(outDir);
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

                    Console.WriteLine($"{path}\t{new FileInfo(path).Length:N0} bytes\t{clock.Elapsed.TotalSeconds:F1} s");
                }
            }
        }

        return 0;
    }
}
