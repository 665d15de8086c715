namespace Rcm.Codes.Tests;

/// <summary>A scratch folder deleted after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rcm-codes-" + Guid.NewGuid().ToString("N"));

    public string DataDir => System.IO.Path.Combine(Path, "data");

    public string Write(string name, string content)
    {
        string p = System.IO.Path.Combine(Path, name);
        File.WriteAllText(p, content);
        return p;
    }

    /// <summary>Every file under the data folder (to prove an import wrote nothing).</summary>
    public string[] DataFiles() => Directory.Exists(DataDir) ? Directory.GetFiles(DataDir, "*", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a scanner may hold a file open for a moment
        }
    }
}
