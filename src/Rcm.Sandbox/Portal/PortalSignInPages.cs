using static Rcm.Sandbox.Portal.PortalHtml;

namespace Rcm.Sandbox.Portal;

/// <summary>The sign-in and verification pages.</summary>
public static class PortalSignInPages
{
    public static string Login(PortalView view, string? message, bool error)
    {
        PortalFields f = view.Fields;
        string body = $"""
            <form id="login-form" method="post" action="{view.Base}/login">
              <label for="{f.User}">{(view.Redesigned ? "Username or e-mail" : f == PortalFields.Alternate ? "User ID" : "Username")}</label>
              <input id="{f.User}" name="{f.User}" autocomplete="username" required>
              <label for="{f.Password}">{(f == PortalFields.Alternate ? "Passcode" : "Password")}</label>
              <input id="{f.Password}" name="{f.Password}" type="password" autocomplete="current-password" required>
              <p><button id="signin" type="submit">{E(f.SignInLabel)}</button></p>
            </form>
            """;
        return Page(view, view.Redesigned ? "Welcome back" : "Provider sign in", body, signedIn: false, message, error);
    }

    public static string Verify(PortalView view, SignInChallenge challenge, string? error)
    {
        PortalFields f = view.Fields;
        string prompt = challenge.Factor == "email"
            ? $"We sent a 6-digit code to {E(challenge.MaskedEmail)}. Enter it below."
            : "Enter the 6-digit code from your authenticator app.";
        string body = $"""
            <p id="mfa-prompt">{prompt}</p>
            <form id="verify-form" method="post" action="{view.Base}/verify">
              <input type="hidden" name="c" value="{E(challenge.Id)}">
              <label for="{f.Code}">Verification code</label>
              <input id="{f.Code}" name="{f.Code}" inputmode="numeric" autocomplete="one-time-code" maxlength="6" required>
              <p><button id="verify" type="submit">Verify</button></p>
            </form>
            """;
        return Page(view, "Two-step verification", body, signedIn: false, error, error is not null);
    }
}
