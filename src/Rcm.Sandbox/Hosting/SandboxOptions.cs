namespace Rcm.Sandbox.Hosting;

/// <summary>How to run one sandbox. Every field has a default that works for tests (a free loopback port, a temp folder).</summary>
public sealed record SandboxOptions
{
    /// <summary>Where to listen; port 0 picks a free one (read the real address from the handle).</summary>
    public string Urls { get; init; } = "http://127.0.0.1:0";

    /// <summary>A sandbox data file to use instead of the embedded default.</summary>
    public string? DataFile { get; init; }

    /// <summary>Seed for the generated population; null uses the data file's.</summary>
    public int? Seed { get; init; }

    /// <summary>Folder for the clearinghouse mailbox (inbound/, outbound/) and the SFTP server; null for a new temp folder.</summary>
    public string? WorkDirectory { get; init; }

    /// <summary>Where the simulated clock starts; null uses the data file's clockStart.</summary>
    public DateTimeOffset? ClockStart { get; init; }

    /// <summary>When true (tests), simulated time stands still between explicit moves.</summary>
    public bool FreezeClock { get; init; }

    /// <summary>Run a private sshd serving the mailbox over SFTP.</summary>
    public bool EnableSftp { get; init; }

    /// <summary>SFTP port; 0 picks a free one.</summary>
    public int SftpPort { get; init; }

    /// <summary>Also send e-mailed sign-in codes to this SMTP server (host:port); the HTTP outbox always has them.</summary>
    public string? SmtpServer { get; init; }

    /// <summary>Real-time interval at which due claims are adjudicated even if nobody moves the clock.</summary>
    public TimeSpan RemittanceInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Clock used as "real time" under the simulated clock (tests may inject a fake).</summary>
    public TimeProvider RealTime { get; init; } = TimeProvider.System;
}
