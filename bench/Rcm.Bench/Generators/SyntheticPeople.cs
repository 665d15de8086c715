namespace Rcm.Bench.Generators;

/// <summary>Made-up names, places and codes for generated files (no real people; codes are common, valid ones).</summary>
internal static class SyntheticPeople
{
    public static readonly string[] LastNames = ["SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "GARCIA", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE", "JACKSON", "MARTIN", "LEE"];

    public static readonly string[] FirstNames = ["JAMES", "MARY", "ROBERT", "PATRICIA", "JOHN", "JENNIFER", "MICHAEL", "LINDA", "DAVID", "ELIZABETH", "WILLIAM", "BARBARA", "RICHARD", "SUSAN", "JOSEPH", "JESSICA"];

    public static readonly string[] Streets = ["MAIN ST", "OAK AVE", "PINE RD", "MAPLE DR", "CEDAR LN", "ELM ST", "WASHINGTON BLVD", "LAKE VIEW CT"];

    public static readonly (string City, string State, string Zip)[] Places = [("SPRINGFIELD", "IL", "627010001"), ("COLUMBUS", "OH", "432150002"), ("AUSTIN", "TX", "787010003"), ("DENVER", "CO", "802020004"), ("RALEIGH", "NC", "276010005"), ("MADISON", "WI", "537030006")];

    public static readonly string[] Payers = ["ACME HEALTH PLAN", "BLUE RIVER INSURANCE", "SUMMIT MUTUAL", "HARBOR CARE"];

    // ICD-10-CM codes written without the dot, as 837 HI requires.
    public static readonly string[] Diagnoses = ["J020", "R509", "E119", "I10", "M545", "J069", "Z0000", "K219", "F419", "N390", "R0789", "E785"];

    // CPT/HCPCS with a typical charge in cents.
    public static readonly (string Code, int Cents)[] Procedures = [("99213", 12500), ("99214", 18500), ("99203", 16000), ("36415", 1500), ("85025", 2800), ("80053", 4200), ("93000", 6500), ("87880", 3500), ("J1100", 900), ("97110", 7500)];

    public static readonly string[] PlacesOfService = ["11", "11", "11", "22", "02"];

    public static string Amount(long cents) =>
        cents % 100 == 0 ? (cents / 100).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : $"{cents / 100}.{Math.Abs(cents % 100):D2}";
}
