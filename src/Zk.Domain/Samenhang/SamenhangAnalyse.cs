using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Samenhang;

/// <summary>One cell of the interaction matrix between two main tasks (a link between actions counts for their main tasks).</summary>
/// <param name="Van">The first main task (in the plan's order).</param>
/// <param name="Naar">The second main task (the same for links within one main task).</param>
/// <param name="Koppelkansen">The number of koppelkansen (+).</param>
/// <param name="Vraagstukken">The number of bestuurlijke vraagstukken (−).</param>
/// <param name="Sterkte">The summed strengths of the links that have one, or null when none has.</param>
public sealed record MatrixCel(string Van, string Naar, int Koppelkansen, int Vraagstukken, int? Sterkte);

/// <summary>The koppelkansen and vraagstukken that touch one action: directly, or through its main task.</summary>
/// <param name="Actie">The action's id.</param>
/// <param name="Koppelkansen">The ids of the koppelkansen.</param>
/// <param name="Vraagstukken">The ids of the vraagstukken.</param>
public sealed record ActieSamenhang(string Actie, ValueArray<string> Koppelkansen, ValueArray<string> Vraagstukken);

/// <summary>
/// One line of the botsproef report: a bestuurlijk vraagstuk, the actions on each side, where they are decided, and
/// whether the councils can weigh them together (both decided in the same meeting).
/// </summary>
/// <param name="Vraagstuk">The vraagstuk's id.</param>
/// <param name="Titel">Its title.</param>
/// <param name="Besluiten">The actions of both sides with the meeting (or quarter) of their decision; null when not planned.</param>
/// <param name="Samen">Whether the decided actions of both sides are decided in one and the same meeting; null when one side has no decision to weigh.</param>
public sealed record BotsproefRegel(string Vraagstuk, string Titel, ValueArray<(string Actie, string? Besluit)> Besluiten, bool? Samen);

/// <summary>
/// The coherence (samenhang) of a plan: the interaction matrix between main tasks, the synergies and dilemmas per
/// action, and the botsproef report. Its exports (JSON, and the plan's links as Mermaid and Graphviz DOT) are
/// <c>SamenhangExport</c> in <c>Zk.Domain.Documenten.Export</c>.
/// </summary>
/// <remarks>Equality is structural. Immutable and thread-safe.</remarks>
public sealed record SamenhangAnalyse
{
    /// <summary>The matrix cells that have at least one link, main tasks in the plan's order.</summary>
    public required ValueArray<MatrixCel> Matrix { get; init; }

    /// <summary>Per action, in the plan's order, the links that touch it.</summary>
    public required ValueArray<ActieSamenhang> PerActie { get; init; }

    /// <summary>Per vraagstuk, whether the decisions of both sides can be weighed together.</summary>
    public required ValueArray<BotsproefRegel> Botsproef { get; init; }

    /// <summary>
    /// Analyses <paramref name="plan"/>. A link counts in the matrix cell of the main tasks its ends belong to (an
    /// action's end belongs to the action's main task); it touches the actions its ends name and every action of a main
    /// task it names. The botsproef judges each vraagstuk with <paramref name="planning"/>'s decisions when given,
    /// otherwise with the plan's own; each action's last decision by time counts.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">A schedule of the plan, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="plan"/> has a required member set to null or a date not in the ISO calendar in the years 1 to 9999 (the message names its path).</exception>
    public static SamenhangAnalyse Of(Werkplan plan, Planning? planning = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Volledigheid.ThrowIfIncomplete(plan, nameof(plan));
        var index = PlanIndex.Of(plan);
        var kansen = Lijsten(index, plan.Koppelkansen, index.KoppelkansEinde, null);
        var vraagstukken = Lijsten(index, plan.Vraagstukken, index.VraagstukEinde, null);
        var perActie = new ActieSamenhang[plan.Acties.Count];
        for (var i = 0; i < perActie.Length; i++)
        {
            perActie[i] = new ActieSamenhang(plan.Acties[i].Id, kansen[i], vraagstukken[i]);
        }

        return new SamenhangAnalyse
        {
            Matrix = Matrixcellen(index),
            PerActie = ValueArray<ActieSamenhang>.Wrap(perActie),
            Botsproef = Botsproefregels(index, planning is null ? index.LaatsteBesluit : Besluiten(index, planning)),
        };
    }

    /// <summary>
    /// Per action, in the plan's order, the ids of the koppelkansen and vraagstukken that touch it (as in <see cref="PerActie"/>);
    /// only for the actions <paramref name="nodig"/> marks, the others get empty lists.
    /// </summary>
    internal static (ValueArray<string>[] Koppelkansen, ValueArray<string>[] Vraagstukken) PerActieVan(Werkplan plan, bool[] nodig)
    {
        var index = PlanIndex.Of(plan);
        return (Lijsten(index, plan.Koppelkansen, index.KoppelkansEinde, nodig), Lijsten(index, plan.Vraagstukken, index.VraagstukEinde, nodig));
    }

    // The cells of the matrix, in the order of the main tasks' places in the plan (the first place of a repeated id):
    // every link whose two ends belong to main tasks counts in the cell of its pair (the smaller place first). The links
    // are bucketed by the pair's first main task; per bucket the cells are summed in arrays over the second and the
    // second places that occur are sorted, so only the distinct cells of one row are ever sorted.
    private static ValueArray<MatrixCel> Matrixcellen(PlanIndex index)
    {
        var plan = index.Plan;
        var opgaven = plan.Hoofdopgaven.Count;
        var links = plan.Koppelkansen.Count + plan.Vraagstukken.Count;
        var eerste = new int[links];
        var tweede = new int[links];
        var perEerste = new int[opgaven + 1];
        for (var k = 0; k < links; k++)
        {
            var kans = k < plan.Koppelkansen.Count;
            var n = kans ? k : k - plan.Koppelkansen.Count;
            var a = Opgave(index, kans ? index.KoppelkansEinde(n, naar: false) : index.VraagstukEinde(n, naar: false));
            var b = Opgave(index, kans ? index.KoppelkansEinde(n, naar: true) : index.VraagstukEinde(n, naar: true));
            eerste[k] = a >= 0 && b >= 0 ? Math.Min(a, b) : -1;
            tweede[k] = Math.Max(a, b);
            if (eerste[k] >= 0)
            {
                perEerste[eerste[k] + 1]++;
            }
        }

        for (var x = 0; x < opgaven; x++)
        {
            perEerste[x + 1] += perEerste[x];
        }

        // The links of each first main task, in the links' order.
        var geordend = new int[perEerste[opgaven]];
        var vul = perEerste[..^1];
        for (var k = 0; k < links; k++)
        {
            if (eerste[k] >= 0)
            {
                geordend[vul[eerste[k]]++] = k;
            }
        }

        var plus = new int[opgaven];
        var min = new int[opgaven];
        var som = new int?[opgaven];
        var bezocht = new bool[opgaven];
        var rij = new List<int>();
        var matrix = new List<MatrixCel>();
        for (var x = 0; x < opgaven; x++)
        {
            rij.Clear();
            for (var i = perEerste[x]; i < perEerste[x + 1]; i++)
            {
                var k = geordend[i];
                var y = tweede[k];
                if (!bezocht[y])
                {
                    bezocht[y] = true;
                    rij.Add(y);
                }

                var kans = k < plan.Koppelkansen.Count;
                Wisselwerking w = kans ? plan.Koppelkansen[k] : plan.Vraagstukken[k - plan.Koppelkansen.Count];
                plus[y] += kans ? 1 : 0;
                min[y] += kans ? 0 : 1;
                som[y] = w.Sterkte is { } s ? (som[y] ?? 0) + s : som[y];
            }

            rij.Sort();
            foreach (var y in rij)
            {
                matrix.Add(new MatrixCel(plan.Hoofdopgaven[x].Id, plan.Hoofdopgaven[y].Id, plus[y], min[y], som[y]));
                (plus[y], min[y], som[y], bezocht[y]) = (0, 0, null, false);
            }
        }

        return matrix.ToValueArray();
    }

    // The main task (its index) a resolved end belongs to, or -1.
    private static int Opgave(PlanIndex index, int einde) =>
        einde < 0 ? -1 : index.IsActie(einde) ? index.HoofdopgaveVan(einde) : index.Hoofdopgave(einde);

    // Per action, the ids of the links that touch it, in the links' order, each link once per action: the links are
    // walked twice, once to count per action and once to fill the lists. Only for the actions `nodig` marks (all when null).
    private static ValueArray<string>[] Lijsten<T>(PlanIndex index, ValueArray<T> links, Func<int, bool, int> einde, bool[]? nodig)
        where T : Wisselwerking
    {
        var acties = index.Plan.Acties.Count;

        // The resolved ends, once (the two walks below read them).
        var einden = new int[2 * links.Count];
        for (var k = 0; k < links.Count; k++)
        {
            einden[2 * k] = einde(k, false);
            einden[(2 * k) + 1] = einde(k, true);
        }

        var aantal = new int[acties];
        var gezien = new int[acties];
        Array.Fill(gezien, -1);
        Span<int> een = stackalloc int[1];
        for (var k = 0; k < links.Count; k++)
        {
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(einden[(2 * k) + kant], een))
                {
                    if (gezien[a] != k && (nodig is null || nodig[a]))
                    {
                        gezien[a] = k;
                        aantal[a]++;
                    }
                }
            }
        }

        var lijsten = new string[acties][];
        for (var a = 0; a < acties; a++)
        {
            lijsten[a] = aantal[a] == 0 ? [] : new string[aantal[a]];
            aantal[a] = 0;
        }

        Array.Fill(gezien, -1);
        for (var k = 0; k < links.Count; k++)
        {
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(einden[(2 * k) + kant], een))
                {
                    if (gezien[a] != k && (nodig is null || nodig[a]))
                    {
                        gezien[a] = k;
                        lijsten[a][aantal[a]++] = links[k].Id;
                    }
                }
            }
        }

        var uit = new ValueArray<string>[acties];
        for (var a = 0; a < acties; a++)
        {
            uit[a] = ValueArray<string>.Wrap(lijsten[a]);
        }

        return uit;
    }

    // Per vraagstuk the actions of both sides (each once: the first side's, then the second's) with their decision,
    // and the botsproef's verdict on it.
    private static ValueArray<BotsproefRegel> Botsproefregels(PlanIndex index, ReadOnlySpan<Plaats?> besluiten)
    {
        var plan = index.Plan;
        var gezien = new int[plan.Acties.Count];
        Array.Fill(gezien, -1);
        var regels = new List<(string Actie, string? Besluit)>();
        var botsproef = new BotsproefRegel[plan.Vraagstukken.Count];
        Span<int> een = stackalloc int[1];
        for (var n = 0; n < botsproef.Length; n++)
        {
            regels.Clear();
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(index.VraagstukEinde(n, kant == 1), een))
                {
                    if (gezien[a] != n)
                    {
                        gezien[a] = n;
                        regels.Add((plan.Acties[a].Id, besluiten[a] is { } p ? p.Bijeenkomst ?? p.Kwartaal.ToString() : null));
                    }
                }
            }

            bool? samen = Samenhang.Botsproef.Oordeel(index, besluiten, n).Oordeel switch
            {
                Botsproefoordeel.ZelfdeBijeenkomst => true,
                Botsproefoordeel.AndereBijeenkomsten => false,
                _ => null,
            };
            var v = plan.Vraagstukken[n];
            botsproef[n] = new BotsproefRegel(v.Id, v.Titel, ValueArray<(string, string?)>.Wrap([.. regels]), samen);
        }

        return ValueArray<BotsproefRegel>.Wrap(botsproef);
    }

    // Each action's last decision in the schedule (by date; the first among equals), null when it has none there.
    private static Plaats?[] Besluiten(PlanIndex index, Planning planning)
    {
        var besluiten = new Plaats?[index.Plan.Acties.Count];
        foreach (var t in planning.Toewijzingen)
        {
            if (!index.Plan.Profiel.IsBesluit(t.Fase) || !index.Acties.TryGetValue(t.Actie, out var a))
            {
                continue;
            }

            var plaats = new Plaats(Tijd.Kwartaal.FromDate(t.Datum), t.Datum, t.Radenbijeenkomst);
            if (besluiten[a] is not { } eerder || Plaats.Vergelijk(plaats, eerder) > 0)
            {
                besluiten[a] = plaats;
            }
        }

        return besluiten;
    }
}
