using Rcm.Core.Intake;
using Rcm.Core.Shared;

namespace Rcm.Core.Tests.Intake;

/// <summary>Guarded transitions of a visit; each legal one records an event, each illegal one throws.</summary>
public sealed class AppointmentTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static Appointment New() => new(1, 2, 3, 4, null, At.AddDays(1), 60, "97153", At);

    [Fact]
    public void Scheduled_checked_in_completed_records_three_events()
    {
        var a = New();
        a.CheckIn(At);
        a.Complete(At);
        Assert.Equal(AppointmentStatus.Completed, a.Status);
        Assert.Equal(["appointment.scheduled", "appointment.checked_in", "appointment.completed"], a.PendingEvents.Select(e => e.Action));
        Assert.Equal(3, a.Version);
    }

    [Fact]
    public void Cannot_complete_a_visit_that_was_not_checked_in() =>
        Assert.Throws<InvalidTransitionException>(() => New().Complete(At));

    [Fact]
    public void Cannot_check_in_a_cancelled_visit()
    {
        var a = New();
        a.Cancel(At);
        Assert.Throws<InvalidTransitionException>(() => a.CheckIn(At));
    }

    [Fact]
    public void Cannot_cancel_a_completed_visit()
    {
        var a = New();
        a.CheckIn(At);
        a.Complete(At);
        Assert.Throws<InvalidTransitionException>(() => a.Cancel(At));
    }

    [Fact]
    public void Stores_the_start_in_utc() =>
        Assert.Equal(TimeSpan.Zero, new Appointment(1, 2, 3, 4, null, new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.FromHours(-6)), 30, null, At).StartsAt.Offset);
}
