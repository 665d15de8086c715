namespace Rcm.X12.Guides;

/// <summary>Usage of a loop, segment or element in an implementation guide (TR3 "Usage": R, S or N).</summary>
public enum GuideUsage
{
    /// <summary>R: must be sent whenever its parent is sent.</summary>
    Required,

    /// <summary>S: sent when the guide's situation applies.</summary>
    Situational,

    /// <summary>N: must not be sent in this guide.</summary>
    NotUsed,
}
