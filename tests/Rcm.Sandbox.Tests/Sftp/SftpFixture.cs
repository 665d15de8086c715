using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Sftp;

/// <summary>A sandbox with its private sshd serving the mailbox.</summary>
public sealed class SftpFixture : SandboxFixture
{
    protected override SandboxOptions Options => base.Options with { EnableSftp = true };
}
