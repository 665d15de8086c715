using Rcm.Sandbox.Adjudication;
using Rcm.Sandbox.Batch;
using Rcm.Sandbox.Clock;
using Rcm.Sandbox.Edi;
using Rcm.Sandbox.Faults;
using Rcm.Sandbox.Members;
using Rcm.Sandbox.Payers;
using Rcm.Sandbox.Portal;
using Rcm.Sandbox.RealTime;
using Rcm.X12.Writing;

namespace Rcm.Sandbox.Hosting;

/// <summary>
/// Everything one sandbox run holds, wired by hand: the data, the simulated clock, the payers' books (claims,
/// authorizations, accumulators), the clearinghouse mailbox, the responders, the portal and the faults in force.
/// </summary>
public sealed class SandboxServices
{
    public SandboxServices(SandboxOptions options)
    {
        Options = options;
        Data = options.DataFile is null ? SandboxDataLoader.LoadDefault() : SandboxDataLoader.LoadFile(options.DataFile);
        Seed = options.Seed ?? Data.Seed;
        Payers = new PayerCatalog(Data.Payers);
        Members = MemberDirectory.Create(Data, options.Seed);
        Clock = new SimulatedClock(options.RealTime, options.ClockStart ?? Data.ClockStart, options.FreezeClock);
        Faults = new FaultInjector(Data.Payers, Seed);
        Ledger = new ClaimLedger();
        Authorizations = new AuthorizationBook();
        Accumulators = new AccumulatorBook();
        string work = options.WorkDirectory ?? Path.Combine(Path.GetTempPath(), "rcm-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        OwnsWorkDirectory = options.WorkDirectory is null;
        Mailbox = new Mailbox(work);
        Output = new EdiOutput(Clock, new SequentialControlNumberSource(1));
        Adjudicator = new ClaimAdjudicator(Authorizations, Accumulators);
        Intake = new ClaimIntake(Payers, Members, Ledger, Mailbox, Output, Clock);
        Remittance = new RemittanceRun(Payers, Ledger, Adjudicator, Mailbox, Output, Clock, Faults);
        RealTime = new RealTimeExchange(
            new EligibilityResponder(Payers, Members, Accumulators, Clock),
            new ClaimStatusResponder(Payers, Ledger, Clock),
            new AuthorizationResponder(Payers, Members, Authorizations, Clock),
            Output);
        Outbox = new EmailOutbox(options.SmtpServer, Clock);
        Portal = new PortalAccounts(Payers, Clock, options.RealTime);
    }

    public SandboxOptions Options { get; }

    public SandboxData Data { get; }

    public int Seed { get; }

    public PayerCatalog Payers { get; }

    public MemberDirectory Members { get; }

    public SimulatedClock Clock { get; }

    public FaultInjector Faults { get; }

    public ClaimLedger Ledger { get; }

    public AuthorizationBook Authorizations { get; }

    public AccumulatorBook Accumulators { get; }

    public Mailbox Mailbox { get; }

    public bool OwnsWorkDirectory { get; }

    public EdiOutput Output { get; }

    public ClaimAdjudicator Adjudicator { get; }

    public ClaimIntake Intake { get; }

    public RemittanceRun Remittance { get; }

    public RealTimeExchange RealTime { get; }

    public EmailOutbox Outbox { get; }

    public PortalAccounts Portal { get; }
}
