using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Partijen;

namespace Zk.Domain.Werkplannen;

/// <summary>
/// An action (actie) of the work plan under one main task: why it is in the plan, what it holds, who leads
/// it, what it has achieved by the end of the period, and when the councils meet it.
/// </summary>
/// <remarks>
/// <para>All references (<see cref="Hoofdopgave"/>, the parties of <see cref="Trekkerschap"/>,
/// <see cref="Projectorganisatie"/>, financiers) are ids; the rules check that they resolve.</para>
/// <para>Equality is structural. Immutable and thread-safe.</para>
/// </remarks>
public sealed record Actie
{
    /// <summary>The id, e.g. the section number <c>3.1</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The action's number in the plan's list of actions (1 to 9 in the seed).</summary>
    public required int Nummer { get; init; }

    /// <summary>The title as in the plan (Dutch).</summary>
    public required string Titel { get; init; }

    /// <summary>The id of the main task the action belongs to.</summary>
    public required string Hoofdopgave { get; init; }

    /// <summary>Why the action is in the plan ("Waarom is dit onderdeel opgenomen?"), in short (Dutch); null when not given.</summary>
    public string? Aanleiding { get; init; }

    /// <summary>What the action holds ("Wat houdt het plan in?"), in short (Dutch); null when not given.</summary>
    public string? Inhoud { get; init; }

    /// <summary>Whether the action realises its results in the short or the long term.</summary>
    public required Termijn Termijn { get; init; }

    /// <summary>
    /// How <see cref="Termijn"/> was read when the plan does not state it for the action (Dutch): the criterion applied
    /// and why it fits; null when the plan states it.
    /// </summary>
    public string? TermijnAfleiding { get; init; }

    /// <summary>Whether the action is an activity that was already running before the plan (the plan takes in only new ones).</summary>
    public bool AlLopend { get; init; }

    /// <summary>Who leads the action.</summary>
    public required Trekkerschap Trekkerschap { get; init; }

    /// <summary>The parties in the action's project organisation: all member municipalities, or a list of ids (ZK022: every member takes part).</summary>
    public Projectorganisatie Projectorganisatie { get; init; } = Projectorganisatie.Leeg;

    /// <summary>The sub-actions, each possibly with its own lead.</summary>
    public ValueArray<Deelactie> Deelacties { get; init; }

    /// <summary>What has been achieved by the end of the period ("Wat hebben we in 2023 bereikt?").</summary>
    public ValueArray<Resultaat> Resultaten { get; init; }

    /// <summary>The quantitative targets the action works towards.</summary>
    public ValueArray<Doel> Doelen { get; init; }

    /// <summary>How the action is funded.</summary>
    public required Financiering Financiering { get; init; }

    /// <summary>The council moments of the action, in the order the plan gives them.</summary>
    public ValueArray<Raadsmoment> Raadsmomenten { get; init; }

    /// <summary>
    /// Whether some sub-action names a political lead of its own: the action is led per sub-action (as the Woonakkoord's
    /// actions are, per agreement). ZK020 and ZK103 read it.
    /// </summary>
    public bool WordtPerDeelactieGetrokken
    {
        get
        {
            foreach (var deelactie in Deelacties)
            {
                if (deelactie.Trekkerschap is { Bestuurlijk.IsEmpty: false })
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The deadlines and pending conditions the action depends on, as the plan names them.</summary>
    public ValueArray<Voorwaarde> Voorwaarden { get; init; }
}
