using System.Net.Mail;

namespace Rcm.Sandbox.Portal;

/// <summary>
/// Where the portal's e-mailed one-time codes go: always into an in-memory outbox (GET /outbox), and, when a server is
/// configured (host:port), also through SMTP so a test can run its own mail catcher.
/// </summary>
public sealed class EmailOutbox
{
    private readonly List<EmailMessage> _messages = [];
    private readonly Lock _gate = new();
    private readonly string? _smtpServer;
    private readonly TimeProvider _clock;

    public EmailOutbox(string? smtpServer, TimeProvider clock)
    {
        _smtpServer = smtpServer;
        _clock = clock;
    }

    public IReadOnlyList<EmailMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    public async Task SendAsync(string to, string subject, string body)
    {
        string? error = null;
        if (_smtpServer is { Length: > 0 } server)
        {
            try
            {
                string[] parts = server.Split(':');
                using var client = new SmtpClient(parts[0], parts.Length > 1 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : 25)
                {
                    EnableSsl = false,
                    DeliveryMethod = SmtpDeliveryMethod.Network,
                };
                using var message = new MailMessage("no-reply@sandbox-payer.test", to, subject, body);
                await client.SendMailAsync(message);
            }
            catch (Exception e) when (e is SmtpException or InvalidOperationException or FormatException or IOException)
            {
                // The outbox still has the code; the failure is shown beside it rather than breaking sign-in.
                error = e.Message;
            }
        }

        lock (_gate)
        {
            _messages.Add(new EmailMessage(to, subject, body, _clock.GetUtcNow(), error));
        }
    }
}
