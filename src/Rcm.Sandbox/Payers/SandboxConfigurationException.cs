namespace Rcm.Sandbox.Payers;

/// <summary>A sandbox data file or option a user wrote is wrong; the message says what and where.</summary>
public sealed class SandboxConfigurationException : Exception
{
    public SandboxConfigurationException(string message)
        : base(message)
    {
    }

    public SandboxConfigurationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
