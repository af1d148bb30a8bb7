using System.Buffers;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Werkplannen;

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
        var acties = plan.Acties.AsSpan();

        // The marks per action that the walks below share (each starts by resetting them), from the pool: the analysis
        // runs once per plan instance, and its scratch need not be garbage.
        var kladblok = ArrayPool<int>.Shared.Rent(2 * acties.Length);
        var besluiten = planning is null ? null : ArrayPool<Plaats?>.Shared.Rent(acties.Length);
        try
        {
            var gezien = kladblok.AsSpan(0, acties.Length);
            var aantal = kladblok.AsSpan(acties.Length, acties.Length);
            var kansen = Lijsten(index, kans: true, null, gezien, aantal);
            var vraagstukken = Lijsten(index, kans: false, null, gezien, aantal);
            var perActie = new ActieSamenhang[acties.Length];
            for (var i = 0; i < perActie.Length; i++)
            {
                perActie[i] = new ActieSamenhang(acties[i].Id, ValueArray<string>.Wrap(kansen[i]), ValueArray<string>.Wrap(vraagstukken[i]));
            }

            ReadOnlySpan<Plaats?> laatste = besluiten is null ? index.LaatsteBesluit : Besluiten(index, planning!, besluiten.AsSpan(0, acties.Length));
            return new SamenhangAnalyse
            {
                Matrix = Matrixcellen(index),
                PerActie = ValueArray<ActieSamenhang>.Wrap(perActie),
                Botsproef = Botsproefregels(index, laatste, gezien),
            };
        }
        finally
        {
            ArrayPool<int>.Shared.Return(kladblok);
            if (besluiten is not null)
            {
                // Places hold meeting ids: cleared, so the pool keeps no strings alive.
                ArrayPool<Plaats?>.Shared.Return(besluiten, clearArray: true);
            }
        }
    }

    /// <summary>
    /// Per action, in the plan's order, the ids of the koppelkansen and vraagstukken that touch it (as in <see cref="PerActie"/>);
    /// only for the actions <paramref name="nodig"/> marks, the others get empty lists.
    /// </summary>
    internal static (ValueArray<string>[] Koppelkansen, ValueArray<string>[] Vraagstukken) PerActieVan(Werkplan plan, bool[] nodig)
    {
        var index = PlanIndex.Of(plan);
        var acties = plan.Acties.Count;
        var kladblok = ArrayPool<int>.Shared.Rent(2 * acties);
        try
        {
            var gezien = kladblok.AsSpan(0, acties);
            var aantal = kladblok.AsSpan(acties, acties);
            return (Wrap(Lijsten(index, kans: true, nodig, gezien, aantal)), Wrap(Lijsten(index, kans: false, nodig, gezien, aantal)));
        }
        finally
        {
            ArrayPool<int>.Shared.Return(kladblok);
        }

        static ValueArray<string>[] Wrap(string[][] lijsten)
        {
            var uit = new ValueArray<string>[lijsten.Length];
            for (var a = 0; a < uit.Length; a++)
            {
                uit[a] = ValueArray<string>.Wrap(lijsten[a]);
            }

            return uit;
        }
    }

    // The cells of the matrix, in the order of the main tasks' places in the plan (the first place of a repeated id):
    // every link whose two ends belong to main tasks counts in the cell of its pair (the smaller place first). The links
    // are put in the cells' order by two stable counting sorts (by the second main task, then by the first), so the
    // links of one cell are adjacent: one walk counts the cells, one more fills an array of exactly that many. Linear;
    // the scratch comes from the pool.
    private static ValueArray<MatrixCel> Matrixcellen(PlanIndex index)
    {
        var plan = index.Plan;
        var opgaven = plan.Hoofdopgaven.AsSpan();
        var koppelkansen = plan.Koppelkansen.AsSpan();
        var vraagstukken = plan.Vraagstukken.AsSpan();
        var links = koppelkansen.Length + vraagstukken.Length;
        var kladblok = ArrayPool<int>.Shared.Rent((4 * links) + opgaven.Length + 1);
        try
        {
            var eerste = kladblok.AsSpan(0, links);
            var tweede = kladblok.AsSpan(links, links);
            var tussen = kladblok.AsSpan(2 * links, links);
            var geordend = kladblok.AsSpan(3 * links, links);
            var tel = kladblok.AsSpan(4 * links, opgaven.Length + 1);
            var geldig = 0;
            for (var k = 0; k < links; k++)
            {
                var kans = k < koppelkansen.Length;
                var n = kans ? k : k - koppelkansen.Length;
                var a = Opgave(index, kans ? index.KoppelkansEinde(n, naar: false) : index.VraagstukEinde(n, naar: false));
                var b = Opgave(index, kans ? index.KoppelkansEinde(n, naar: true) : index.VraagstukEinde(n, naar: true));
                (eerste[k], tweede[k]) = a >= 0 && b >= 0 ? (Math.Min(a, b), Math.Max(a, b)) : (-1, -1);
                geldig += a >= 0 && b >= 0 ? 1 : 0;
            }

            // By the second main task (in the links' order), then stably by the first.
            tel.Clear();
            for (var k = 0; k < links; k++)
            {
                if (eerste[k] >= 0)
                {
                    tel[tweede[k] + 1]++;
                }
            }

            Som(tel);
            for (var k = 0; k < links; k++)
            {
                if (eerste[k] >= 0)
                {
                    tussen[tel[tweede[k]]++] = k;
                }
            }

            tel.Clear();
            foreach (var k in tussen[..geldig])
            {
                tel[eerste[k] + 1]++;
            }

            Som(tel);
            foreach (var k in tussen[..geldig])
            {
                geordend[tel[eerste[k]]++] = k;
            }

            geordend = geordend[..geldig];
            var cellen = 0;
            for (var i = 0; i < geordend.Length; i++)
            {
                cellen += i == 0 || !ZelfdeCel(eerste, tweede, geordend[i - 1], geordend[i]) ? 1 : 0;
            }

            var matrix = new MatrixCel[cellen];
            var c = 0;
            for (var i = 0; i < geordend.Length;)
            {
                var begin = geordend[i];
                int plus = 0, min = 0;
                int? som = null;
                do
                {
                    var k = geordend[i];
                    var kans = k < koppelkansen.Length;
                    var sterkte = kans ? koppelkansen[k].Sterkte : vraagstukken[k - koppelkansen.Length].Sterkte;
                    plus += kans ? 1 : 0;
                    min += kans ? 0 : 1;
                    som = sterkte is { } s ? (som ?? 0) + s : som;
                    i++;
                }
                while (i < geordend.Length && ZelfdeCel(eerste, tweede, begin, geordend[i]));

                matrix[c++] = new MatrixCel(opgaven[eerste[begin]].Id, opgaven[tweede[begin]].Id, plus, min, som);
            }

            return ValueArray<MatrixCel>.Wrap(matrix);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(kladblok);
        }

        // Whether links k and l count in the same cell.
        static bool ZelfdeCel(Span<int> eerste, Span<int> tweede, int k, int l) => eerste[k] == eerste[l] && tweede[k] == tweede[l];

        // Counts per value (at value + 1) to the first position of each value.
        static void Som(Span<int> tel)
        {
            for (var x = 1; x < tel.Length; x++)
            {
                tel[x] += tel[x - 1];
            }
        }
    }

    // The main task (its index) a resolved end belongs to, or -1.
    private static int Opgave(PlanIndex index, int einde) =>
        einde < 0 ? -1 : index.IsActie(einde) ? index.HoofdopgaveVan(einde) : index.Hoofdopgave(einde);

    // A link's resolved end: the koppelkans's (kans) or the vraagstuk's.
    private static int Einde(PlanIndex index, bool kans, int link, bool naar) =>
        kans ? index.KoppelkansEinde(link, naar) : index.VraagstukEinde(link, naar);

    // Per action, the ids of the koppelkansen (kans) or vraagstukken that touch it, in the links' order, each link once
    // per action: the links are walked twice, once to count per action and once to fill the lists (the second walk marks
    // with the link's number plus the number of links, so the marks need no reset in between). Only for the actions
    // `nodig` marks (all when null). `gezien` and `aantal` are scratch, one per action.
    private static string[][] Lijsten(PlanIndex index, bool kans, bool[]? nodig, Span<int> gezien, Span<int> aantal)
    {
        var plan = index.Plan;
        var links = kans ? plan.Koppelkansen.Count : plan.Vraagstukken.Count;
        gezien.Fill(-1);
        aantal.Clear();
        Span<int> een = stackalloc int[1];
        for (var k = 0; k < links; k++)
        {
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(Einde(index, kans, k, kant == 1), een))
                {
                    if (gezien[a] != k && (nodig is null || nodig[a]))
                    {
                        gezien[a] = k;
                        aantal[a]++;
                    }
                }
            }
        }

        var lijsten = new string[aantal.Length][];
        for (var a = 0; a < lijsten.Length; a++)
        {
            lijsten[a] = aantal[a] == 0 ? [] : new string[aantal[a]];
            aantal[a] = 0;
        }

        for (var k = 0; k < links; k++)
        {
            var id = kans ? plan.Koppelkansen[k].Id : plan.Vraagstukken[k].Id;
            var merk = links + k;
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(Einde(index, kans, k, kant == 1), een))
                {
                    if (gezien[a] != merk && (nodig is null || nodig[a]))
                    {
                        gezien[a] = merk;
                        lijsten[a][aantal[a]++] = id;
                    }
                }
            }
        }

        return lijsten;
    }

    // Per vraagstuk the actions of both sides (each once: the first side's, then the second's) with their decision,
    // and the botsproef's verdict on it. `gezien` is scratch, one per action.
    private static ValueArray<BotsproefRegel> Botsproefregels(PlanIndex index, ReadOnlySpan<Plaats?> besluiten, Span<int> gezien)
    {
        var plan = index.Plan;
        var acties = plan.Acties.AsSpan();
        var vraagstukken = plan.Vraagstukken.AsSpan();
        gezien.Fill(-1);
        var regels = new (string Actie, string? Besluit)[Math.Min(acties.Length, 16)];
        var botsproef = new BotsproefRegel[vraagstukken.Length];
        Span<int> een = stackalloc int[1];
        for (var n = 0; n < botsproef.Length; n++)
        {
            var aantal = 0;
            for (var kant = 0; kant < 2; kant++)
            {
                foreach (var a in index.ActiesVanEinde(index.VraagstukEinde(n, kant == 1), een))
                {
                    if (gezien[a] != n)
                    {
                        gezien[a] = n;
                        if (aantal == regels.Length)
                        {
                            Array.Resize(ref regels, 2 * regels.Length);
                        }

                        regels[aantal++] = (acties[a].Id, besluiten[a] is { } p ? p.Bijeenkomst ?? p.Kwartaal.ToString() : null);
                    }
                }
            }

            bool? samen = Samenhang.Botsproef.Oordeel(index, besluiten, n).Oordeel switch
            {
                Botsproefoordeel.ZelfdeBijeenkomst => true,
                Botsproefoordeel.AndereBijeenkomsten => false,
                _ => null,
            };
            var v = vraagstukken[n];
            botsproef[n] = new BotsproefRegel(v.Id, v.Titel, ValueArray<(string, string?)>.Wrap(aantal == 0 ? [] : regels.AsSpan(0, aantal).ToArray()), samen);
        }

        return ValueArray<BotsproefRegel>.Wrap(botsproef);
    }

    // Each action's last decision in the schedule (by date; the first among equals), null when it has none there;
    // written into `besluiten` (one per action).
    private static ReadOnlySpan<Plaats?> Besluiten(PlanIndex index, Planning planning, Span<Plaats?> besluiten)
    {
        besluiten.Clear();
        var profiel = index.Plan.Profiel;
        var acties = index.Acties;
        foreach (var t in planning.Toewijzingen.AsSpan())
        {
            if (!profiel.IsBesluit(t.Fase) || !acties.TryGetValue(t.Actie, out var a))
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
