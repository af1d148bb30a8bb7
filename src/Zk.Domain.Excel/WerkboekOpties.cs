using Zk.Domain.Inplannen;
using Zk.Domain.Regels;
using Zk.Domain.Verloop;

namespace Zk.Domain.Excel;

/// <summary>What a workbook of a plan holds beside the plan itself: the language, a schedule, a run, the validation's options.</summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record WerkboekOpties
{
    /// <summary>The default: Dutch, no schedule, no run.</summary>
    public static WerkboekOpties Default { get; } = new();

    /// <summary>The language of the sheet names, headers, words and findings. Default Dutch.</summary>
    public Taal Taal { get; init; } = Taal.Nl;

    /// <summary>A schedule of the plan: the next moment of each action comes from it (when there is no run). Null: from the plan's own quarters.</summary>
    public Planning? Planning { get; init; }

    /// <summary>A run of the plan: the stage, next moment and status of each action at its end, and the adoption matrix. Null: no run.</summary>
    public Runverslag? Verslag { get; init; }

    /// <summary>The options of the validation whose findings the findings sheet lists; null for the defaults (in <see cref="Taal"/>).</summary>
    public ValidationOptions? Validatie { get; init; }
}
