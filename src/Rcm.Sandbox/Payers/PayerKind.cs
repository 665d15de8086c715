namespace Rcm.Sandbox.Payers;

/// <summary>The kinds of payer the sandbox imitates; each has its own habits in the default data file.</summary>
public enum PayerKind
{
    Commercial,
    Medicare,
    MedicaidManagedCare,
    BehavioralHealthCarveOut,
}
