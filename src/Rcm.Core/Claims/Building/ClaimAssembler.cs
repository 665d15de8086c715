using Rcm.Core.Coding;
using Rcm.Core.Validation.PayerRules;

namespace Rcm.Core.Claims.Building;

/// <summary>
/// The claim builder: from a complete note and its visit to a professional or institutional claim: providers, subscriber and
/// patient, diagnoses with pointers, lines with units (from minutes, by the payer's time rule), charges from the fee schedule,
/// place of service (the payer's telehealth POS for telehealth), prior-auth number, and the attachments (PWK) the payer's rules
/// demand when the note has them. Coding suggestions are applied and returned, so the coder sees what was decided and why.
/// The claim is then validated by the gate like any other; the builder never decides that a claim may leave.
/// </summary>
public sealed class ClaimAssembler
{
    private readonly PayerRuleBook _payers;
    private readonly CodingSuggester _suggester;

    public ClaimAssembler(PayerRuleBook payers)
    {
        _payers = payers;
        _suggester = new CodingSuggester(payers);
    }

    public AssembledClaim Assemble(VisitForBilling visit, NoteForBilling note, FeeSchedule fees)
    {
        if (note.Services.Count == 0)
        {
            throw new ArgumentException("The note documents no service to bill.", nameof(note));
        }

        bool institutional = visit.Kind == ClaimKind.Institutional;
        var claim = new Claim
        {
            ClaimId = visit.ClaimId,
            Kind = visit.Kind,
            PayerId = visit.PayerId,
            PayerName = visit.PayerName,
            PlaceOfService = institutional ? null : visit.PlaceOfService,
            FacilityTypeCode = institutional ? visit.FacilityTypeCode : null,
            StatementFrom = institutional ? visit.ServiceDate : null,
            StatementTo = institutional ? visit.ServiceDate : null,
            BillingProvider = visit.BillingProvider,
            RenderingProvider = institutional ? null : visit.RenderingProvider,
            AttendingProvider = institutional ? visit.AttendingProvider ?? visit.RenderingProvider : null,
            ReferringProvider = visit.ReferringProvider,
            ServiceFacility = visit.ServiceFacility,
            Subscriber = visit.Subscriber,
            Patient = visit.Patient,
            PatientRelationshipCode = visit.Patient is null ? "18" : visit.PatientRelationshipCode,
            PriorAuthorization = visit.PriorAuthorization,
            Telehealth = visit.Telehealth,
        };
        for (int i = 0; i < note.Diagnoses.Count; i++)
        {
            claim.Diagnoses.Add(new Diagnosis(Diagnosis.Normalize(note.Diagnoses[i]), i == 0 ? DiagnosisRole.Principal : DiagnosisRole.Other));
        }

        foreach (var service in note.Services)
        {
            claim.Lines.Add(new ServiceLine
            {
                Number = claim.Lines.Count + 1,
                ProcedureCode = service.ProcedureCode,
                Modifiers = service.Modifiers?.ToArray() ?? [],
                Minutes = service.Minutes,
                // Timed services get their units from the minutes below (coding suggestions, payer time rule).
                Units = service.Units ?? (service.Minutes is null ? 1 : 0),
                ServiceDate = visit.ServiceDate,
                DiagnosisPointers = institutional ? [] : (service.DiagnosisNumbers is { Count: > 0 } numbers ? numbers.Take(4).ToArray() : [1]),
                RevenueCode = service.RevenueCode,
            });
        }

        var suggestions = _suggester.Suggest(claim, new CodingNote(note.SeparateEvaluationDocumented));
        CodingSuggestionApplier.Apply(claim, suggestions);
        var unpriced = Price(claim, fees);
        AttachRequiredDocuments(claim, note.Documents ?? []);
        return new AssembledClaim(claim, suggestions, unpriced);
    }

    private static List<string> Price(Claim claim, FeeSchedule fees)
    {
        var unpriced = new List<string>();
        foreach (var line in claim.Lines)
        {
            if (fees.PerUnit(line.ProcedureCode, line.Modifiers) is { } perUnit)
            {
                line.Charge = perUnit * line.Units;
            }
            else
            {
                unpriced.Add(line.ProcedureCode);
            }
        }

        claim.TotalCharge = claim.Lines.Sum(l => l.Charge);
        return unpriced;
    }

    /// <summary>Adds, from the documents on file, one attachment of a type each applicable payer rule demands.</summary>
    private void AttachRequiredDocuments(Claim claim, IReadOnlyList<ClaimAttachment> documents)
    {
        if (documents.Count == 0)
        {
            return;
        }

        var profile = _payers.ProfileFor(claim.PayerId, claim.FirstServiceDate ?? DateOnly.MinValue);
        foreach (var rule in profile.Rules)
        {
            if (rule.Require.Attachment is not { } types || !claim.Lines.Any(line => rule.When.Matches(claim, line)))
            {
                continue;
            }

            var document = documents.FirstOrDefault(d => types.Count == 0 || types.Contains(d.ReportTypeCode));
            if (document is not null && !claim.Attachments.Contains(document))
            {
                claim.Attachments.Add(document);
            }
        }
    }
}
