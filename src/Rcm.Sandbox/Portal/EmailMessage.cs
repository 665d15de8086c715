namespace Rcm.Sandbox.Portal;

/// <summary>An e-mail the sandbox sent (sign-in codes), kept in the outbox visible over HTTP.</summary>
public sealed record EmailMessage(string To, string Subject, string Body, DateTimeOffset SentAt, string? SmtpError);
