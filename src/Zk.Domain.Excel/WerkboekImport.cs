using System.Diagnostics.CodeAnalysis;
using Zk.Domain.Collections;
using Zk.Domain.Regels;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Excel;

/// <summary>
/// The outcome of <see cref="Werkboek.Import"/>: the plan with the actions sheet's values, or the findings
/// that say which cells could not be read (each with its sheet and cell as the path, <c>Acties!C5</c>, and a code of
/// <see cref="Importregels"/>).
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record WerkboekImport
{
    /// <summary>The imported plan; null when a finding is an error (nothing is imported in part).</summary>
    public Werkplan? Plan { get; init; }

    /// <summary>The findings, in the order of the sheet (row by row, cell by cell); empty when everything was read.</summary>
    public ValueArray<Bevinding> Bevindingen { get; init; }

    /// <summary>Whether the import gave a plan.</summary>
    [MemberNotNullWhen(true, nameof(Plan))]
    public bool IsGelukt => Plan is not null;
}
