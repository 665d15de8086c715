using System.Net;
using System.Text.RegularExpressions;
using Rcm.Sandbox.Hosting;
using Rcm.Sandbox.Tests.Support;

namespace Rcm.Sandbox.Tests.Portal;

/// <summary>With an SMTP server configured, e-mailed sign-in codes go out by SMTP as well as into the outbox.</summary>
public sealed class EmailCodeSmtpTests
{
    [Fact]
    public async Task Emailed_code_is_sent_through_the_configured_smtp_server()
    {
        await using var smtp = new FakeSmtpServer();
        await using SandboxHandle sandbox = await SandboxHost.StartAsync(new SandboxOptions { FreezeClock = true, SmtpServer = $"127.0.0.1:{smtp.Port}" });
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = sandbox.BaseUrl };
        using HttpResponseMessage response = await http.PostAsync("/portal/SBX01/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "demo.email",
            ["password"] = "Summit#2026",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/verify?c=", response.Headers.Location!.ToString());
        string mail = Assert.Single(smtp.Messages);
        Assert.Contains("frontdesk@demo-clinic.test", mail);
        string code = Regex.Match(mail, @"code is (\d{6})").Groups[1].Value;
        var sent = Assert.Single(sandbox.Services.Outbox.Messages);
        Assert.Null(sent.SmtpError);
        Assert.Contains(code, sent.Body);
    }
}
