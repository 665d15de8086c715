namespace Rcm.Sandbox.Hosting;

/// <summary>Body of <c>POST /control/payers/{id}/portal</c>: <c>{"layout": "redesign"}</c> or <c>"standard"</c>.</summary>
public sealed record PortalLayoutChange(string Layout);
