using Rcm.Core.Intake;

namespace Rcm.Core.Documentation.Storage;

/// <summary>What documentation needs to know about a visit: the appointment, its rendering provider, and the payer code of its coverage (null for self-pay).</summary>
public sealed record VisitContext(Appointment Visit, Provider RenderingProvider, string? PayerCode);
