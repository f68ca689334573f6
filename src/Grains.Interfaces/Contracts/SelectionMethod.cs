namespace Anju.Contracts;

/// <summary>How the property company was chosen. §6.1 asks for a tender among the candidate pool
/// (以招投標方式從備選庫選聘); anything else needs a recorded exemption reason.</summary>
[GenerateSerializer]
public enum SelectionMethod
{
    /// <summary>招投標: tender among the companies in the candidate pool (物業服務企業備選庫).</summary>
    Tender = 0,

    /// <summary>競爭性談判: competitive negotiation (e.g. a tender that drew too few bids).</summary>
    CompetitiveNegotiation = 1,

    /// <summary>直接委託: direct appointment (e.g. an emergency interim company).</summary>
    DirectAppointment = 2,
}
