using Anju.Dwellings;
using Anju.Estates;

namespace Anju.Silo.Import;

/// <summary>What is already stored for an estate named in the file: profile, structure and its dwellings' summaries.</summary>
public sealed record StoredEstate(EstateProfile Profile, EstateStructure Structure, IReadOnlyDictionary<string, DwellingSummary> Dwellings);
