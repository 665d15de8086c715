using System.Collections.Concurrent;
using System.Security.Cryptography;
using OtpNet;
using Rcm.Sandbox.Payers;

namespace Rcm.Sandbox.Portal;

/// <summary>
/// Portal sign-in: password, then a second factor (TOTP from an authenticator, or a code e-mailed to the user), with
/// a lockout after the payer's number of bad attempts in a row (no CAPTCHA) and sessions that expire after idle
/// minutes. Lockouts and sessions run on the simulated clock; TOTP codes are checked against real time, because the
/// authenticator producing them does not know the sandbox's calendar.
/// </summary>
public sealed class PortalAccounts
{
    private readonly PayerCatalog _payers;
    private readonly TimeProvider _clock;
    private readonly TimeProvider _realTime;
    private readonly ConcurrentDictionary<string, int> _failures = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _lockedUntil = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, SignInChallenge> _challenges = new();
    private readonly ConcurrentDictionary<string, PortalSession> _sessions = new();

    public PortalAccounts(PayerCatalog payers, TimeProvider clock, TimeProvider? realTime = null)
    {
        _payers = payers;
        _clock = clock;
        _realTime = realTime ?? TimeProvider.System;
    }

    public SignInResult CheckPassword(string payerId, string username, string password)
    {
        PayerProfile payer = _payers.Get(payerId);
        string key = $"{payerId}|{username}";
        DateTimeOffset now = _clock.GetUtcNow();
        if (_lockedUntil.TryGetValue(key, out DateTimeOffset until) && until > now)
        {
            return SignInResult.Fail("This account is locked after too many unsuccessful sign-in attempts. Try again later or call provider services.", locked: true);
        }

        PortalUser? user = payer.Portal.Users.FirstOrDefault(u => string.Equals(u.Username, username, StringComparison.OrdinalIgnoreCase));
        if (user is null || !FixedTimeEquals(user.Password, password))
        {
            return Failure(payer, key, now, "The user ID or password you entered is incorrect.");
        }

        string id = Token();
        string? code = null, masked = null;
        if (user.SecondFactor == "email")
        {
            code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            masked = Mask(user.Email ?? "unknown@example.test");
        }

        var challenge = new SignInChallenge(id, payer.Id, user.Username, user.SecondFactor, code, masked, now.AddMinutes(10));
        _challenges[id] = challenge;
        return new SignInResult(challenge, null, null, false);
    }

    public SignInChallenge? Challenge(string id) =>
        _challenges.TryGetValue(id, out SignInChallenge? c) && c.ExpiresAt > _clock.GetUtcNow() ? c : null;

    public string? EmailOf(SignInChallenge challenge) =>
        _payers.Get(challenge.PayerId).Portal.Users.First(u => u.Username == challenge.Username).Email;

    public SignInResult CheckCode(string challengeId, string code)
    {
        SignInChallenge? challenge = Challenge(challengeId);
        if (challenge is null)
        {
            return SignInResult.Fail("Your verification step has expired. Please sign in again.");
        }

        PayerProfile payer = _payers.Get(challenge.PayerId);
        string key = $"{payer.Id}|{challenge.Username}";
        DateTimeOffset now = _clock.GetUtcNow();
        if (_lockedUntil.TryGetValue(key, out DateTimeOffset until) && until > now)
        {
            return SignInResult.Fail("This account is locked after too many unsuccessful sign-in attempts.", locked: true);
        }

        bool ok = challenge.Factor == "email"
            ? challenge.EmailCode is not null && FixedTimeEquals(challenge.EmailCode, code.Trim())
            : VerifyTotp(payer, challenge.Username, code.Trim());
        if (!ok)
        {
            return Failure(payer, key, now, "The verification code is not correct.");
        }

        _challenges.TryRemove(challengeId, out _);
        _failures.TryRemove(key, out _);
        var session = new PortalSession { Token = Token(), PayerId = payer.Id, Username = challenge.Username, FormToken = Token(), LastSeen = now };
        _sessions[session.Token] = session;
        return new SignInResult(null, session, null, false);
    }

    /// <summary>The live session for a cookie value, touched; null when unknown or expired (then it is dropped).</summary>
    public PortalSession? Session(string payerId, string? token, out bool expired)
    {
        expired = false;
        if (token is null || !_sessions.TryGetValue(token, out PortalSession? session) || !string.Equals(session.PayerId, payerId, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        DateTimeOffset now = _clock.GetUtcNow();
        if (now - session.LastSeen > TimeSpan.FromMinutes(_payers.Get(payerId).Portal.SessionMinutes))
        {
            _sessions.TryRemove(token, out _);
            expired = true;
            return null;
        }

        session.LastSeen = now;
        return session;
    }

    public void SignOut(string token) => _sessions.TryRemove(token, out _);

    /// <summary>Clears every lockout (control endpoint).</summary>
    public void Unlock()
    {
        _lockedUntil.Clear();
        _failures.Clear();
    }

    private SignInResult Failure(PayerProfile payer, string key, DateTimeOffset now, string message)
    {
        int failures = _failures.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (payer.Portal.LockoutAfter > 0 && failures >= payer.Portal.LockoutAfter)
        {
            _lockedUntil[key] = now.AddMinutes(payer.Portal.LockoutMinutes);
            _failures.TryRemove(key, out _);
            return SignInResult.Fail("This account is locked after too many unsuccessful sign-in attempts. Try again later or call provider services.", locked: true);
        }

        return SignInResult.Fail(message);
    }

    private bool VerifyTotp(PayerProfile payer, string username, string code)
    {
        string? secret = payer.Portal.Users.First(u => u.Username == username).TotpSecret;
        if (secret is null || code.Length != 6)
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(secret));
        // RFC 6238 section 5.2: allow one step either way for clock drift.
        return totp.VerifyTotp(_realTime.GetUtcNow().UtcDateTime, code, out _, new VerificationWindow(1, 1));
    }

    private static bool FixedTimeEquals(string expected, string actual) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(expected), System.Text.Encoding.UTF8.GetBytes(actual));

    private static string Token() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    private static string Mask(string email)
    {
        int at = email.IndexOf('@');
        return at <= 1 ? email : $"{email[0]}{new string('*', at - 1)}{email[at..]}";
    }
}
