namespace Rcm.Bench;

/// <summary>The few <c>--name value</c> options of the bench verbs.</summary>
internal sealed class BenchArgs(string[] args)
{
    public string Get(string name, string fallback)
    {
        int at = Array.IndexOf(args, "--" + name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }

    public bool Has(string name) => Array.IndexOf(args, "--" + name) >= 0;

    public int[] Ints(string name, string fallback) =>
        Get(name, fallback).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();
}
