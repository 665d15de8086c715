namespace Rcm.Core.Validation.Scrubbing;

/// <summary>The scrubber's input is unreadable (not X12, or no 837 in it): <c>rcm claims scrub</c> exits with 2.</summary>
public sealed class ScrubInputException : Exception
{
    public ScrubInputException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
