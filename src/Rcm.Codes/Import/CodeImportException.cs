namespace Rcm.Codes.Import;

/// <summary>
/// A source file the importer cannot use: the message names the file and, where it applies, the line,
/// so a user can open the file and see what is wrong. Nothing is written when this is thrown.
/// </summary>
public sealed class CodeImportException : Exception
{
    public CodeImportException(string file, int line, string message)
        : base(line > 0 ? $"{file} line {line}: {message}" : $"{file}: {message}")
    {
        File = file;
        Line = line;
    }

    public CodeImportException(string message)
        : base(message)
    {
        File = "";
    }

    public string File { get; }

    /// <summary>1-based line number; 0 when the problem is not on one line.</summary>
    public int Line { get; }
}
