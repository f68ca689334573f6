namespace Anju.Residency;

/// <summary>Where a household stands with its annual review (年審).</summary>
[GenerateSerializer]
public enum AnnualReviewState
{
    /// <summary>The next review's papers are awaited and the grace period has not run out.</summary>
    Due = 0,

    /// <summary>The papers for the next review have been received (年審資料接收).</summary>
    Received = 1,

    /// <summary>Past the due date plus grace without papers.</summary>
    Overdue = 2,
}
