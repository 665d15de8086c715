namespace Rcm.Sandbox.Sftp;

/// <summary>sshd is missing or would not start here; the message says why (HTTP upload keeps working).</summary>
public sealed class SftpUnavailableException : Exception
{
    public SftpUnavailableException(string message)
        : base(message)
    {
    }
}
