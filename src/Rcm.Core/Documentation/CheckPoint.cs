namespace Rcm.Core.Documentation;

/// <summary>When a note is checked: as the provider signs it, or as coding is about to start (gate 2).</summary>
public enum CheckPoint
{
    Signing,
    Coding,
}
