using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Sftp;
using Rcm.Sandbox.Tests.Support;
using Renci.SshNet;

namespace Rcm.Sandbox.Tests.Sftp;

/// <summary>
/// 837 by SFTP drop folder: SSH.NET uploads to inbound/, the sandbox picks the file up and leaves 999, 277CA and
/// later 835 files in outbound/, read back over the same SFTP session. The sandbox's sshd must run here: when it
/// cannot, this test fails and says why (CI installs openssh-server through ./test.sh).
/// </summary>
public sealed class SftpDropFolderTests : IClassFixture<SftpFixture>
{
    private readonly SftpFixture _fixture;

    public SftpDropFolderTests(SftpFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Claims_dropped_over_sftp_get_999_277CA_and_835_back_in_outbound()
    {
        SftpServer sftp = _fixture.Sandbox.Sftp ?? throw new InvalidOperationException(
            $"The sandbox's SFTP server did not start: {_fixture.Sandbox.SftpError ?? "unknown reason"}. "
            + "Install openssh-server (/usr/sbin/sshd); ./test.sh does this.");
        await _fixture.ResetClockAsync();
        Member m = Scenarios.Get("SBX04", "deductible_met");
        byte[] claims = X12Requests.Claims([Scenarios.ClaimFor(m, "SFTP001").WithLines(new LineSpec("90834", 160m, new DateOnly(2026, 2, 24), "HO"))]);

        using var client = new SftpClient(sftp.Host, sftp.Port, sftp.Username, new PrivateKeyFile(sftp.PrivateKeyPath));
        client.Connect();
        Assert.Contains(client.ListDirectory(".").Select(f => f.Name), n => n == "inbound");
        using (var upload = new MemoryStream(claims))
        {
            // Upload under a temporary name, then rename: the watcher never reads a half-written file.
            client.UploadFile(upload, "inbound/claims-0001.837.part");
        }

        client.RenameFile("inbound/claims-0001.837.part", "inbound/claims-0001.837");
        List<string> acks = await WaitForAsync(client, n => n.Contains("_999_", StringComparison.Ordinal) || n.Contains("_277CA_", StringComparison.Ordinal), 2);
        foreach (string name in acks)
        {
            EdiDocument doc = X12Check.Valid(Download(client, name), name);
            if (name.Contains("_277CA_", StringComparison.Ordinal))
            {
                Assert.Contains(doc.Segments, s => s.Is("STC") && s[1] == "A2:20");
            }
        }

        await _fixture.AdvanceDaysAsync(25);
        string remit = (await WaitForAsync(client, n => n.Contains("_835_SBX04", StringComparison.Ordinal), 1))[0];
        EdiDocument remittance = X12Check.Valid(Download(client, remit), remit);
        X12Check.Balanced835(remittance);
        Assert.Equal("1", X12Check.Claim(remittance, "SFTP001")[0][2]);
        Assert.DoesNotContain(client.ListDirectory("inbound"), f => f.IsRegularFile);
        client.Disconnect();
    }

    [Fact]
    public void Password_sign_in_is_refused()
    {
        SftpServer sftp = _fixture.Sandbox.Sftp ?? throw new InvalidOperationException($"The sandbox's SFTP server did not start: {_fixture.Sandbox.SftpError}.");
        using var client = new SftpClient(sftp.Host, sftp.Port, sftp.Username, "guess");
        Assert.ThrowsAny<Renci.SshNet.Common.SshException>(() => client.Connect());
    }

    private static byte[] Download(SftpClient client, string name)
    {
        using var buffer = new MemoryStream();
        client.DownloadFile("outbound/" + name, buffer);
        return buffer.ToArray();
    }

    private static async Task<List<string>> WaitForAsync(SftpClient client, Func<string, bool> match, int count)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            List<string> names = [.. client.ListDirectory("outbound").Where(f => f.IsRegularFile).Select(f => f.Name).Where(match)];
            if (names.Count >= count)
            {
                return names;
            }

            Assert.True(TimeProvider.System.GetUtcNow() < deadline, $"only {names.Count} of {count} expected files appeared in outbound/");
            await Task.Delay(200);
        }
    }
}
