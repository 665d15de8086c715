namespace Rcm.X12.Guides.Data;

/// <summary>
/// 278 Health Care Services Review, request and response (005010X217), written by hand from the X217 TR3 structure
/// because pyx12 holds only the 4010 X094 maps. One guide covers request (BHT02=13) and response (BHT02=11).
/// Segments listed without elements are checked for place, usage and repeats only (see the notes).
/// </summary>
internal static class Guide278
{
    /// <summary>The guide text: the 2000E patient event loop sits under 2000D (dependent) or directly under 2000C.</summary>
    internal static readonly string Text = Head + "\n" + Indent(Event, 8) + Indent(Event, 6) + Tail;

    private static string Indent(string block, int spaces)
    {
        var pad = new string(' ', spaces);
        return string.Concat(block.Split('\n').Where(l => l.Length > 0).Select(l => pad + l + "\n"));
    }

    private const string Head = """
guide 278 005010X217 HI  Health Care Services Review - Request for Review and Response (X217)
note Written by hand from the 005010X217 TR3 loop structure; pyx12 has no 5010 278 map.
note Request and response share this guide: response-only segments (AAA, HCR) are situational.
note 2010EB (additional patient information contact) accepts 2B, PR and X3 here: NM1*FA always starts 2010EA (patient event provider), since the two loops could not otherwise be told apart.
note Elements are checked for ST, BHT, HL, NM1, TRN, UM, HCR, DTP, REF, N3, N4, DMG, PER, PRV, HI (qualifier codes not listed); other segments (HSD, CRC, CL1, CR1-CR8, PWK, MSG, SV1, SV2, SV3, TOO, INS, AAA) are checked for place and repeats only.
ST R 1  Transaction Set Header
  01 R ID 3/3 [278]  Transaction Set Identifier Code
  02 R AN 4/9  Transaction Set Control Number
  03 R AN 1/35 [005010X217]  Implementation Convention Reference
BHT R 1  Beginning of Hierarchical Transaction
  01 R ID 4/4 [0007]  Hierarchical Structure Code
  02 R ID 2/2 [01 11 13 36]  Transaction Set Purpose Code
  03 R AN 1/50  Submitter Transaction Identifier
  04 R DT 8/8  Transaction Set Creation Date
  05 R TM 4/8  Transaction Set Creation Time
  06 S ID 2/2  Transaction Type Code
loop 2000A R 1  Utilization Management Organization (UMO) Level
  HL R 1  Utilization Management Organization (UMO) Level
    01 R AN 1/12  Hierarchical ID Number
    02 N AN 1/12  Hierarchical Parent ID Number
    03 R ID 1/2 [20]  Hierarchical Level Code
    04 R ID 1/1 [1]  Hierarchical Child Code
  AAA S 9  Request Validation
  loop 2010A R 1  Utilization Management Organization (UMO) Name
    NM1 R 1  Utilization Management Organization (UMO) Name
      01 R ID 2/3 [FA PR X3]  Entity Identifier Code
      02 R ID 1/1 [1 2]  Entity Type Qualifier
      03 S AN 1/60  UMO Last or Organization Name
      04 S AN 1/35  UMO First Name
      05 S AN 1/25  UMO Middle Name
      06 N AN 1/10  Name Prefix
      07 S AN 1/10  UMO Name Suffix
      08 R ID 1/2 [24 34 46 PI XV XX]  Identification Code Qualifier
      09 R AN 2/80  UMO Identifier
      rule P0809
    PER S 3  UMO Contact Information
      01 R ID 2/2 [IC]  Contact Function Code
      02 S AN 1/60  Name
      03 S ID 2/2 [EM FX TE UR]  Communication Number Qualifier
      04 S AN 1/256  Communication Number
      05 S ID 2/2 [EM EX FX TE UR]  Communication Number Qualifier
      06 S AN 1/256  Communication Number
      07 S ID 2/2 [EM EX FX TE UR]  Communication Number Qualifier
      08 S AN 1/256  Communication Number
      rule P0304
      rule P0506
      rule P0708
    AAA S 9  UMO Request Validation
  loop 2000B R 1  Requester Level
    HL R 1  Requester Level
      01 R AN 1/12  Hierarchical ID Number
      02 R AN 1/12  Hierarchical Parent ID Number
      03 R ID 1/2 [21]  Hierarchical Level Code
      04 R ID 1/1 [1]  Hierarchical Child Code
    loop 2010B R 1  Requester Name
      NM1 R 1  Requester Name
        01 R ID 2/3 [1P FA]  Entity Identifier Code
        02 R ID 1/1 [1 2]  Entity Type Qualifier
        03 S AN 1/60  Requester Last or Organization Name
        04 S AN 1/35  Requester First Name
        05 S AN 1/25  Requester Middle Name
        06 N AN 1/10  Name Prefix
        07 S AN 1/10  Requester Name Suffix
        08 R ID 1/2 [24 34 46 XX]  Identification Code Qualifier
        09 R AN 2/80  Requester Identifier
        rule P0809
      REF S 9  Requester Supplemental Identification
        01 R ID 2/3 [0B 1G 1J EI N5 N7 SY ZH]  Reference Identification Qualifier
        02 R AN 1/50  Requester Supplemental Identifier
      N3 S 1  Requester Address
        01 R AN 1/55  Requester Address Line
        02 S AN 1/55  Requester Address Line
      N4 S 1  Requester City, State, ZIP Code
        01 R AN 2/30  Requester City Name
        02 S ID 2/2  Requester State or Province Code
        03 S ID 3/15  Requester Postal Code
        04 S ID 2/3  Country Code
        05 N ID 1/2  Location Qualifier
        06 N AN 1/30  Location Identifier
        07 S ID 1/3  Country Subdivision Code
      PER S 1  Requester Contact Information
        01 R ID 2/2 [IC]  Contact Function Code
        02 S AN 1/60  Requester Contact Name
        03 S ID 2/2 [EM FX TE]  Communication Number Qualifier
        04 S AN 1/256  Communication Number
        05 S ID 2/2 [EM EX FX TE]  Communication Number Qualifier
        06 S AN 1/256  Communication Number
        07 S ID 2/2 [EM EX FX TE]  Communication Number Qualifier
        08 S AN 1/256  Communication Number
        rule P0304
        rule P0506
        rule P0708
      AAA S 9  Requester Request Validation
      PRV S 1  Requester Provider Information
        01 R ID 1/3 [AD AS AT CO CV OP OR OT PC PE]  Provider Code
        02 R ID 2/3 [PXC]  Reference Identification Qualifier
        03 R AN 1/50  Provider Taxonomy Code
    loop 2000C R 1  Subscriber Level
      HL R 1  Subscriber Level
        01 R AN 1/12  Hierarchical ID Number
        02 R AN 1/12  Hierarchical Parent ID Number
        03 R ID 1/2 [22]  Hierarchical Level Code
        04 R ID 1/1 [1]  Hierarchical Child Code
      loop 2010C R 1  Subscriber Name
        NM1 R 1  Subscriber Name
          01 R ID 2/3 [IL]  Entity Identifier Code
          02 R ID 1/1 [1]  Entity Type Qualifier
          03 S AN 1/60  Subscriber Last Name
          04 S AN 1/35  Subscriber First Name
          05 S AN 1/25  Subscriber Middle Name
          06 N AN 1/10  Name Prefix
          07 S AN 1/10  Subscriber Name Suffix
          08 R ID 1/2 [MI]  Identification Code Qualifier
          09 R AN 2/80  Subscriber Primary Identifier
          rule P0809
        REF S 9  Subscriber Supplemental Identification
          01 R ID 2/3 [3H 6P EJ SY]  Reference Identification Qualifier
          02 R AN 1/50  Subscriber Supplemental Identifier
        N3 S 1  Subscriber Address
          01 R AN 1/55  Subscriber Address Line
          02 S AN 1/55  Subscriber Address Line
        N4 S 1  Subscriber City, State, ZIP Code
          01 R AN 2/30  Subscriber City Name
          02 S ID 2/2  Subscriber State Code
          03 S ID 3/15  Subscriber Postal Zone or ZIP Code
          04 S ID 2/3  Country Code
          05 N ID 1/2  Location Qualifier
          06 N AN 1/30  Location Identifier
          07 S ID 1/3  Country Subdivision Code
        AAA S 9  Subscriber Request Validation
        DMG S 1  Subscriber Demographic Information
          01 R ID 2/3 [D8]  Date Time Period Format Qualifier
          02 R AN 1/35  Subscriber Birth Date
          03 S ID 1/1 [F M U]  Subscriber Gender Code
          rule P0102
        INS S 1  Subscriber Relationship
      loop 2000D S 1  Dependent Level
        HL R 1  Dependent Level
          01 R AN 1/12  Hierarchical ID Number
          02 R AN 1/12  Hierarchical Parent ID Number
          03 R ID 1/2 [23]  Hierarchical Level Code
          04 R ID 1/1 [1]  Hierarchical Child Code
        loop 2010D R 1  Dependent Name
          NM1 R 1  Dependent Name
            01 R ID 2/3 [QC]  Entity Identifier Code
            02 R ID 1/1 [1]  Entity Type Qualifier
            03 S AN 1/60  Dependent Last Name
            04 S AN 1/35  Dependent First Name
            05 S AN 1/25  Dependent Middle Name
            06 N AN 1/10  Name Prefix
            07 S AN 1/10  Dependent Name Suffix
          REF S 3  Dependent Supplemental Identification
            01 R ID 2/3 [A6 EJ SY]  Reference Identification Qualifier
            02 R AN 1/50  Dependent Supplemental Identifier
          N3 S 1  Dependent Address
            01 R AN 1/55  Dependent Address Line
            02 S AN 1/55  Dependent Address Line
          N4 S 1  Dependent City, State, ZIP Code
            01 R AN 2/30  Dependent City Name
            02 S ID 2/2  Dependent State Code
            03 S ID 3/15  Dependent Postal Zone or ZIP Code
            04 S ID 2/3  Country Code
            05 N ID 1/2  Location Qualifier
            06 N AN 1/30  Location Identifier
            07 S ID 1/3  Country Subdivision Code
          AAA S 9  Dependent Request Validation
          DMG S 1  Dependent Demographic Information
            01 R ID 2/3 [D8]  Date Time Period Format Qualifier
            02 R AN 1/35  Dependent Birth Date
            03 S ID 1/1 [F M U]  Dependent Gender Code
            rule P0102
          INS S 1  Dependent Relationship

""";

    private const string Event = """
loop 2000E R +  Patient Event Level
  HL R 1  Patient Event Level
    01 R AN 1/12  Hierarchical ID Number
    02 R AN 1/12  Hierarchical Parent ID Number
    03 R ID 1/2 [EV]  Hierarchical Level Code
    04 R ID 1/1 [0 1]  Hierarchical Child Code
  TRN S 2  Patient Event Tracking Number
    01 R ID 1/2 [1 2]  Trace Type Code
    02 R AN 1/50  Patient Event Trace Number
    03 R AN 10/10  Trace Assigning Entity Identifier
    04 S AN 1/50  Trace Assigning Entity Additional Identifier
  AAA S 9  Patient Event Request Validation
  UM R 1  Health Care Services Review Information
    01 R ID 1/2 [AR HS SC IN]  Request Category Code
    02 R ID 1/2 [1 2 3 4 I S]  Certification Type Code
    03 S ID 1/2  Service Type Code
    04 S C023  Health Care Service Location Information
      04-1 R AN 1/2  Facility Type Code
      04-2 R ID 1/2 [A B]  Facility Code Qualifier
      04-3 N ID 1/1  Claim Frequency Type Code
    05 S C024  Related Causes Information
      05-1 R ID 2/3 [AA AP EM OA]  Related Causes Code
      05-2 S ID 2/3 [AA AP EM OA]  Related Causes Code
      05-3 N ID 2/3  Related Causes Code
      05-4 S ID 2/2  State Code
      05-5 S ID 2/3  Country Code
    06 S ID 1/2 [03 E U]  Level of Service Code
    07 N N0 1/2  Current Health Condition Code
    08 N ID 1/2  Prognosis Code
    09 S ID 1/1 [Y]  Release of Information Code
    10 N ID 1/1  Delay Reason Code
  HCR S 1  Health Care Services Review
    01 R ID 1/2 [A1 A2 A3 A4 A6 C CT D NA]  Action Code
    02 S AN 1/50  Review Identification Number
    03 S ID 1/2  Reject Reason Code
    04 S ID 1/1 [Y N]  Second Surgical Opinion Indicator
  REF S 9  Patient Event Reference
    01 R ID 2/3 [BB NT]  Reference Identification Qualifier
    02 R AN 1/50  Reference Identification
  DTP S 3  Patient Event Date
    01 R ID 3/3 [AAH 435 439 ABC 096 472 484 ABD]  Date Time Qualifier
    02 R ID 2/3 [D8 RD8]  Date Time Period Format Qualifier
    03 R AN 1/35  Date Time Period
  HI S 1  Patient Diagnosis
    01 R C022  Health Care Code Information
      01-1 R ID 1/3  Diagnosis Type Code
      01-2 R AN 1/30  Diagnosis Code
      01-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      01-4 S AN 1/35  Diagnosis Date
      01-5 N R 1/15  Monetary Amount
      01-6 N R 1/15  Quantity
      01-7 N AN 1/30  Version Identifier
      01-8 N AN 1/30  Industry Code
      01-9 N ID 1/1  Yes/No Condition or Response Code
    02 S C022  Health Care Code Information
      02-1 R ID 1/3  Diagnosis Type Code
      02-2 R AN 1/30  Diagnosis Code
      02-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      02-4 S AN 1/35  Diagnosis Date
      02-5 N R 1/15  Monetary Amount
      02-6 N R 1/15  Quantity
      02-7 N AN 1/30  Version Identifier
      02-8 N AN 1/30  Industry Code
      02-9 N ID 1/1  Yes/No Condition or Response Code
    03 S C022  Health Care Code Information
      03-1 R ID 1/3  Diagnosis Type Code
      03-2 R AN 1/30  Diagnosis Code
      03-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      03-4 S AN 1/35  Diagnosis Date
      03-5 N R 1/15  Monetary Amount
      03-6 N R 1/15  Quantity
      03-7 N AN 1/30  Version Identifier
      03-8 N AN 1/30  Industry Code
      03-9 N ID 1/1  Yes/No Condition or Response Code
    04 S C022  Health Care Code Information
      04-1 R ID 1/3  Diagnosis Type Code
      04-2 R AN 1/30  Diagnosis Code
      04-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      04-4 S AN 1/35  Diagnosis Date
      04-5 N R 1/15  Monetary Amount
      04-6 N R 1/15  Quantity
      04-7 N AN 1/30  Version Identifier
      04-8 N AN 1/30  Industry Code
      04-9 N ID 1/1  Yes/No Condition or Response Code
    05 S C022  Health Care Code Information
      05-1 R ID 1/3  Diagnosis Type Code
      05-2 R AN 1/30  Diagnosis Code
      05-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      05-4 S AN 1/35  Diagnosis Date
      05-5 N R 1/15  Monetary Amount
      05-6 N R 1/15  Quantity
      05-7 N AN 1/30  Version Identifier
      05-8 N AN 1/30  Industry Code
      05-9 N ID 1/1  Yes/No Condition or Response Code
    06 S C022  Health Care Code Information
      06-1 R ID 1/3  Diagnosis Type Code
      06-2 R AN 1/30  Diagnosis Code
      06-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      06-4 S AN 1/35  Diagnosis Date
      06-5 N R 1/15  Monetary Amount
      06-6 N R 1/15  Quantity
      06-7 N AN 1/30  Version Identifier
      06-8 N AN 1/30  Industry Code
      06-9 N ID 1/1  Yes/No Condition or Response Code
    07 S C022  Health Care Code Information
      07-1 R ID 1/3  Diagnosis Type Code
      07-2 R AN 1/30  Diagnosis Code
      07-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      07-4 S AN 1/35  Diagnosis Date
      07-5 N R 1/15  Monetary Amount
      07-6 N R 1/15  Quantity
      07-7 N AN 1/30  Version Identifier
      07-8 N AN 1/30  Industry Code
      07-9 N ID 1/1  Yes/No Condition or Response Code
    08 S C022  Health Care Code Information
      08-1 R ID 1/3  Diagnosis Type Code
      08-2 R AN 1/30  Diagnosis Code
      08-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      08-4 S AN 1/35  Diagnosis Date
      08-5 N R 1/15  Monetary Amount
      08-6 N R 1/15  Quantity
      08-7 N AN 1/30  Version Identifier
      08-8 N AN 1/30  Industry Code
      08-9 N ID 1/1  Yes/No Condition or Response Code
    09 S C022  Health Care Code Information
      09-1 R ID 1/3  Diagnosis Type Code
      09-2 R AN 1/30  Diagnosis Code
      09-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      09-4 S AN 1/35  Diagnosis Date
      09-5 N R 1/15  Monetary Amount
      09-6 N R 1/15  Quantity
      09-7 N AN 1/30  Version Identifier
      09-8 N AN 1/30  Industry Code
      09-9 N ID 1/1  Yes/No Condition or Response Code
    10 S C022  Health Care Code Information
      10-1 R ID 1/3  Diagnosis Type Code
      10-2 R AN 1/30  Diagnosis Code
      10-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      10-4 S AN 1/35  Diagnosis Date
      10-5 N R 1/15  Monetary Amount
      10-6 N R 1/15  Quantity
      10-7 N AN 1/30  Version Identifier
      10-8 N AN 1/30  Industry Code
      10-9 N ID 1/1  Yes/No Condition or Response Code
    11 S C022  Health Care Code Information
      11-1 R ID 1/3  Diagnosis Type Code
      11-2 R AN 1/30  Diagnosis Code
      11-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      11-4 S AN 1/35  Diagnosis Date
      11-5 N R 1/15  Monetary Amount
      11-6 N R 1/15  Quantity
      11-7 N AN 1/30  Version Identifier
      11-8 N AN 1/30  Industry Code
      11-9 N ID 1/1  Yes/No Condition or Response Code
    12 S C022  Health Care Code Information
      12-1 R ID 1/3  Diagnosis Type Code
      12-2 R AN 1/30  Diagnosis Code
      12-3 S ID 2/3 [D8]  Date Time Period Format Qualifier
      12-4 S AN 1/35  Diagnosis Date
      12-5 N R 1/15  Monetary Amount
      12-6 N R 1/15  Quantity
      12-7 N AN 1/30  Version Identifier
      12-8 N AN 1/30  Industry Code
      12-9 N ID 1/1  Yes/No Condition or Response Code
  HSD S 1  Health Care Services Delivery
  CRC S 9  Patient Condition Information
  CL1 S 1  Institutional Claim Code
  CR1 S 1  Ambulance Transport Information
  CR2 S 1  Spinal Manipulation Service Information
  CR4 S 1  Home Oxygen Therapy Information
  CR5 S 1  Home Oxygen Therapy Information
  CR6 S 1  Home Health Care Information
  CR7 S 1  Home Health Care Plan Information
  CR8 S 1  Chiropractic Certification
  PWK S 10  Additional Patient Information
  MSG S 1  Message Text
  loop 2010EA S 12  Patient Event Provider Name
    NM1 R 1  Patient Event Provider Name
      01 R ID 2/3 [71 72 73 77 AAJ DD DK DN FA G3 P3 QB QV SJ]  Entity Identifier Code
      02 R ID 1/1 [1 2]  Entity Type Qualifier
      03 S AN 1/60  Provider Last or Organization Name
      04 S AN 1/35  Provider First Name
      05 S AN 1/25  Provider Middle Name
      06 N AN 1/10  Name Prefix
      07 S AN 1/10  Provider Name Suffix
      08 S ID 1/2 [24 34 46 XX]  Identification Code Qualifier
      09 S AN 2/80  Provider Identifier
      rule P0809
    REF S 7  Patient Event Provider Supplemental Information
      01 R ID 2/3 [0B 1G 1J EI N5 N7 SY ZH]  Reference Identification Qualifier
      02 R AN 1/50  Reference Identification
    N3 S 1  Patient Event Provider Address
      01 R AN 1/55  Address Line
      02 S AN 1/55  Address Line
    N4 S 1  Patient Event Provider City, State, ZIP Code
      01 R AN 2/30  City Name
      02 S ID 2/2  State Code
      03 S ID 3/15  Postal Code
      04 S ID 2/3  Country Code
      05 N ID 1/2  Location Qualifier
      06 N AN 1/30  Location Identifier
      07 S ID 1/3  Country Subdivision Code
    PER S 1  Patient Event Provider Contact Information
      01 R ID 2/2 [IC]  Contact Function Code
      02 S AN 1/60  Name
      03 S ID 2/2 [EM FX TE]  Communication Number Qualifier
      04 S AN 1/256  Communication Number
      05 S ID 2/2 [EM EX FX TE]  Communication Number Qualifier
      06 S AN 1/256  Communication Number
      07 S ID 2/2 [EM EX FX TE]  Communication Number Qualifier
      08 S AN 1/256  Communication Number
      rule P0304
      rule P0506
      rule P0708
    AAA S 9  Patient Event Provider Request Validation
    PRV S 1  Patient Event Provider Information
      01 R ID 1/3 [AD AS AT CO CV OP OR OT PC PE]  Provider Code
      02 R ID 2/3 [PXC]  Reference Identification Qualifier
      03 R AN 1/50  Provider Taxonomy Code
  loop 2010EB S 1  Additional Patient Information Contact Name
    NM1 R 1  Additional Patient Information Contact Name
      01 R ID 2/3 [2B PR X3]  Entity Identifier Code
      02 R ID 1/1 [1 2]  Entity Type Qualifier
      03 S AN 1/60  Contact Last or Organization Name
      04 S AN 1/35  Contact First Name
      05 S AN 1/25  Contact Middle Name
      06 N AN 1/10  Name Prefix
      07 S AN 1/10  Contact Name Suffix
      08 S ID 1/2 [24 34 46 PI XV XX]  Identification Code Qualifier
      09 S AN 2/80  Contact Identifier
      rule P0809
    N3 S 1  Contact Address
    N4 S 1  Contact City, State, ZIP Code
    PER S 1  Contact Information
  loop 2010EC S 5  Patient Event Transport Information
    NM1 R 1  Patient Event Transport Information
      01 R ID 2/3 [45 FS ND PW R3]  Entity Identifier Code
      02 R ID 1/1 [2]  Entity Type Qualifier
      03 S AN 1/60  Transport Location Name
      04 N AN 1/35  Name First
      05 N AN 1/25  Name Middle
      06 N AN 1/10  Name Prefix
      07 N AN 1/10  Name Suffix
      08 S ID 1/2 [24 34 46 XX]  Identification Code Qualifier
      09 S AN 2/80  Identifier
      rule P0809
    N3 R 1  Transport Location Address
      01 R AN 1/55  Address Line
      02 S AN 1/55  Address Line
    N4 R 1  Transport Location City, State, ZIP Code
      01 R AN 2/30  City Name
      02 S ID 2/2  State Code
      03 S ID 3/15  Postal Code
      04 S ID 2/3  Country Code
      05 N ID 1/2  Location Qualifier
      06 N AN 1/30  Location Identifier
      07 S ID 1/3  Country Subdivision Code
  loop 2000F S +  Service Level
    HL R 1  Service Level
      01 R AN 1/12  Hierarchical ID Number
      02 R AN 1/12  Hierarchical Parent ID Number
      03 R ID 1/2 [SS]  Hierarchical Level Code
      04 R ID 1/1 [0]  Hierarchical Child Code
    TRN S 2  Service Trace Number
      01 R ID 1/2 [1 2]  Trace Type Code
      02 R AN 1/50  Service Trace Number
      03 R AN 10/10  Trace Assigning Entity Identifier
      04 S AN 1/50  Trace Assigning Entity Additional Identifier
    AAA S 9  Service Request Validation
    UM S 1  Health Care Services Review Information
      01 R ID 1/2 [AR HS SC IN]  Request Category Code
      02 R ID 1/2 [1 2 3 4 I S]  Certification Type Code
      03 S ID 1/2  Service Type Code
      04 N C023  Health Care Service Location Information
      05 N C024  Related Causes Information
      06 S ID 1/2 [03 E U]  Level of Service Code
      07 N N0 1/2  Current Health Condition Code
      08 N ID 1/2  Prognosis Code
      09 N ID 1/1  Release of Information Code
      10 N ID 1/1  Delay Reason Code
    HCR S 1  Health Care Services Review
      01 R ID 1/2 [A1 A2 A3 A4 A6 C CT D NA]  Action Code
      02 S AN 1/50  Review Identification Number
      03 S ID 1/2  Reject Reason Code
      04 S ID 1/1 [Y N]  Second Surgical Opinion Indicator
    REF S 9  Service Reference
      01 R ID 2/3 [BB NT]  Reference Identification Qualifier
      02 R AN 1/50  Reference Identification
    DTP S 1  Service Date
      01 R ID 3/3 [472]  Date Time Qualifier
      02 R ID 2/3 [D8 RD8]  Date Time Period Format Qualifier
      03 R AN 1/35  Service Date
    SV1 S 1  Professional Service
    SV2 S 1  Institutional Service Line
    SV3 S 1  Dental Service
    TOO S 32  Tooth Information
    HSD S 1  Health Care Services Delivery
    PWK S 10  Additional Service Information
    MSG S 1  Message Text
    loop 2010F S 3  Service Provider Name
      NM1 R 1  Service Provider Name
        01 R ID 2/3 [1T FA SJ]  Entity Identifier Code
        02 R ID 1/1 [1 2]  Entity Type Qualifier
        03 S AN 1/60  Service Provider Last or Organization Name
        04 S AN 1/35  Service Provider First Name
        05 S AN 1/25  Service Provider Middle Name
        06 N AN 1/10  Name Prefix
        07 S AN 1/10  Service Provider Name Suffix
        08 S ID 1/2 [24 34 46 XX]  Identification Code Qualifier
        09 S AN 2/80  Service Provider Identifier
        rule P0809
      REF S 7  Service Provider Supplemental Information
      N3 S 1  Service Provider Address
      N4 S 1  Service Provider City, State, ZIP Code
      PER S 1  Service Provider Contact Information
      AAA S 9  Service Provider Request Validation
      PRV S 1  Service Provider Information
        01 R ID 1/3 [AD AS AT CO CV OP OR OT PC PE]  Provider Code
        02 R ID 2/3 [PXC]  Reference Identification Qualifier
        03 R AN 1/50  Provider Taxonomy Code

""";

    private const string Tail = """
SE R 1  Transaction Set Trailer
  01 R N0 1/10  Number of Included Segments
  02 R AN 4/9  Transaction Set Control Number
""";
}
