using Microsoft.EntityFrameworkCore;
using Rcm.Core.Persistence;
using Rcm.Core.Validation;
using Rcm.Core.WorkQueues;

namespace Rcm.Core.Claims.Workflow;

/// <summary>
/// Gate 3 over stored claims: create, revise, re-validate and submit, each with a fresh <see cref="ClaimGate"/> decision,
/// and the coding queue kept in step — one open <see cref="WorkItem"/> per blocking finding of a held claim, resolved as
/// soon as the finding is gone (DESIGN.md §1: "everything that fails a gate becomes a work item, with the reason and the fix").
/// The caller saves the context.
/// </summary>
public sealed class ClaimWorkflow(RcmDbContext db, ClaimGate gate, TimeProvider time)
{
    public const string CodingQueue = "coding";
    public const string SubjectType = "claim";

    public async Task<ClaimRecord> CreateAsync(long practiceId, Claim claim, long? visitId, CancellationToken ct)
    {
        var record = new ClaimRecord(practiceId, claim, gate.Evaluate(claim), visitId, time.GetUtcNow());
        db.Add(record);
        await db.SaveChangesAsync(ct); // the id is needed by the work items
        await SyncQueueAsync(record, ct);
        return record;
    }

    public async Task ReviseAsync(ClaimRecord record, Claim claim, CancellationToken ct)
    {
        record.Revise(claim, gate.Evaluate(claim), time.GetUtcNow());
        await SyncQueueAsync(record, ct);
    }

    public async Task RevalidateAsync(ClaimRecord record, CancellationToken ct)
    {
        record.Revalidate(gate.Evaluate(record.ReadClaim()), time.GetUtcNow());
        await SyncQueueAsync(record, ct);
    }

    /// <summary>True when queued; false when refused (the claim is held with its blocking findings).</summary>
    public async Task<bool> SubmitAsync(ClaimRecord record, CancellationToken ct)
    {
        var queued = record.Submit(gate.Evaluate(record.ReadClaim()), time.GetUtcNow());
        await SyncQueueAsync(record, ct);
        return queued;
    }

    private async Task SyncQueueAsync(ClaimRecord record, CancellationToken ct)
    {
        var open = await db.WorkItems.Where(w => w.PracticeId == record.PracticeId && w.Queue == CodingQueue
                && w.SubjectType == SubjectType && w.SubjectId == record.Id && w.Status == WorkItemStatus.Open)
            .ToListAsync(ct);
        var wanted = record.Findings.Where(f => f.IsBlocking).Select(f => (f.RuleId, Reason: Reason(f), Fix: Clip(f.Fix))).Distinct().ToList();
        var now = time.GetUtcNow();
        foreach (var item in open)
        {
            if (!wanted.Remove((item.Code, item.Reason, item.Fix))) item.Resolve(now);
        }

        foreach (var (rule, reason, fix) in wanted)
        {
            db.WorkItems.Add(new WorkItem(record.PracticeId, CodingQueue, rule, reason, fix, SubjectType, record.Id, now));
        }
    }

    private static string Reason(StoredFinding f) => Clip(f.LineNumber is { } line ? $"Line {line}: {f.Message}" : f.Message);

    private static string Clip(string text) => text.Length > 500 ? text[..500] : text;
}
