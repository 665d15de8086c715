using Rcm.X12.Transactions;
using Rcm.X12.Transactions.Remittance;

namespace Rcm.X12.Tests.Properties;

/// <summary>Random 835 transactions: payment, payer and payee, claims with adjustments and lines, PLB.</summary>
public static class RemittanceGenerator
{
    public static RemittanceTransaction835 Create(int seed)
    {
        var r = new RandomX12Values(seed);
        var tx = new RemittanceTransaction835
        {
            ControlNumber = r.Digits(6),
            ImplementationReference = "005010X221A1",
            Payment = new RemittancePayment
            {
                TransactionHandling = r.Pick("C", "I"),
                CreditDebit = "C",
                PaymentMethod = r.Pick("ACH", "CHK"),
                PaymentFormat = r.Maybe("CCP"),
                SenderDfiQualifier = "01",
                SenderDfiId = r.Digits(9),
                SenderAccountQualifier = "DA",
                SenderAccount = r.Digits(8),
                OriginatingCompanyId = "1" + r.Digits(9),
                ReceiverDfiQualifier = "01",
                ReceiverDfiId = r.Digits(9),
                ReceiverAccountQualifier = "DA",
                ReceiverAccount = r.Digits(10),
                PaymentDate = r.Date(),
            },
            Trace = new X12TraceNumber { TraceType = "1", ReferenceId = r.Id(), OriginatorId = "1" + r.Digits(9) },
            References = r.Chance(30) ? [r.Reference("EV")] : [],
            Dates = [new X12DateValue { Qualifier = "405", Date = r.Date() }],
            Payer = new X12Party
            {
                Name = new X12Name { EntityIdentifier = "PR", LastOrOrganizationName = r.Phrase() },
                Address = r.Address(),
                Contacts = [new X12Contact { Function = "BL", Name = r.Word(), Communications = [new X12Communication("TE", r.Digits(10)), new X12Communication("UR", "WWW.EXAMPLE.COM")] }],
            },
            Payee = new X12Party { Name = new X12Name { EntityIdentifier = "PE", LastOrOrganizationName = r.Phrase(), IdentifierQualifier = "XX", Identifier = r.Digits(10) }, References = [r.Reference("TJ")] },
            ClaimGroups = r.Several(1, 2, i => new RemittanceClaimGroup { HeaderNumber = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), Claims = r.Several(1, 5, _ => Claim(r)) }),
            ProviderAdjustments = r.Chance(30) ? [new ProviderAdjustment { ProviderId = r.Digits(10), FiscalPeriodDate = r.Date(), Adjustments = r.Several(1, 6, _ => new ProviderAdjustmentItem(r.Pick("WO", "L6", "FB", "72"), r.Maybe(r.Id(8)), r.Money(300) - 150m)) }] : [],
        };
        // X221A1 balancing: BPR02 = Σ CLP04 − Σ PLB amounts.
        tx.Payment.TotalPayment = tx.ClaimGroups.SelectMany(g => g.Claims).Sum(c => c.PaidAmount)
            - tx.ProviderAdjustments.SelectMany(p => p.Adjustments).Sum(a => a.Amount);
        return tx;
    }

    private static RemittanceClaim Claim(RandomX12Values r)
    {
        List<RemittanceServiceLine> lines = r.Several(0, 5, _ => Line(r));
        List<X12Adjustment> adjustments = r.Adjustments(7);
        decimal charge = lines.Count > 0 ? lines.Sum(l => l.Charge) : r.Money();
        return new RemittanceClaim
        {
            PatientControlNumber = r.Id(12),
            Status = r.Pick("1", "2", "3", "4", "22"),
            TotalCharge = charge,
            // X221A1 balancing: CLP04 = CLP03 − claim and line adjustments; SVC03 = SVC02 − line adjustments.
            PaidAmount = charge - adjustments.Sum(a => a.Amount) - lines.SelectMany(l => l.Adjustments).Sum(a => a.Amount),
            PatientResponsibility = r.Chance(70) ? r.Money(200) : null,
            FilingIndicator = r.Pick("12", "MC", "MB", "HM"),
            PayerClaimControlNumber = r.Id(14),
            FacilityCode = r.Maybe("11"),
            FrequencyCode = r.Maybe("1"),
            Adjustments = adjustments,
            Names = [r.Person("QC"), .. r.Chance(40) ? new[] { r.Person("IL") } : []],
            OutpatientAdjudication = r.Chance(30) ? new X12OutpatientAdjudication { RemarkCodes = r.Several(1, 5, _ => r.Pick("MA01", "N130", "M15", "MA130")) } : null,
            References = r.Chance(30) ? [r.Reference("1L")] : [],
            Dates = [new X12DateValue { Qualifier = "232", Date = r.Date() }, .. r.Chance(50) ? new[] { new X12DateValue { Qualifier = "050", Date = r.Date() } } : []],
            Amounts = r.Chance(40) ? [new X12Amount("AU", r.Money())] : [],
            ServiceLines = lines,
        };
    }

    private static RemittanceServiceLine Line(RandomX12Values r)
    {
        decimal charge = r.Money(900);
        List<X12Adjustment> adjustments = r.Adjustments(4);
        return new RemittanceServiceLine
        {
            Procedure = r.Procedure(),
            Charge = charge,
            PaidAmount = charge - adjustments.Sum(a => a.Amount),
            Units = r.Chance(60) ? r.Between(1, 4) : null,
            SubmittedProcedure = r.Chance(10) ? r.Procedure() : null,
            Dates = [new X12DateValue { Qualifier = "472", Date = r.Date() }],
            Adjustments = adjustments,
            References = r.Chance(60) ? [r.Reference("6R")] : [],
            Amounts = r.Chance(50) ? [new X12Amount("B6", Math.Round(charge * 0.8m, 2))] : [],
            Remarks = r.Several(0, 3, _ => new RemittanceRemark("HE", r.Pick("N130", "M15", "MA01"))),
        };
    }
}
