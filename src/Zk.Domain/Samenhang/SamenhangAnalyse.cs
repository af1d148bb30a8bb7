using System.Globalization;
using System.Text;
using Zk.Domain.Besturing;
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
/// action, and the botsproef report; with exports as Mermaid and Graphviz DOT.
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

    /// <summary>Analyses <paramref name="plan"/>; the botsproef uses <paramref name="planning"/> when given, otherwise the plan's own quarters.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="planning">A schedule of the plan, or null.</param>
    public static SamenhangAnalyse Of(Werkplan plan, Planning? planning = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var elementen = new Elementen(plan);
        var (kansen, vraagstukken) = elementen.PerActie(null);
        var perActie = new ActieSamenhang[plan.Acties.Count];
        for (var i = 0; i < perActie.Length; i++)
        {
            perActie[i] = new ActieSamenhang(plan.Acties[i].Id, kansen[elementen.Dicht[i]], vraagstukken[elementen.Dicht[i]]);
        }

        return new SamenhangAnalyse
        {
            Matrix = Matrixcellen(plan, elementen),
            PerActie = ValueArray<ActieSamenhang>.Wrap(perActie),
            Botsproef = Botsproefregels(plan, elementen, Besluiten(plan, planning)),
        };
    }

    /// <summary>
    /// Per action, in the plan's order, the ids of the koppelkansen and vraagstukken that touch it (as in <see cref="PerActie"/>);
    /// only for the actions <paramref name="nodig"/> marks, the others get empty lists.
    /// </summary>
    internal static (ValueArray<string>[] Koppelkansen, ValueArray<string>[] Vraagstukken) PerActieVan(Werkplan plan, bool[] nodig)
    {
        var elementen = new Elementen(plan);
        var dichtNodig = new bool[elementen.Ids.Length];
        for (var i = 0; i < nodig.Length; i++)
        {
            dichtNodig[elementen.Dicht[i]] |= nodig[i];
        }

        var (kansen, vraagstukken) = elementen.PerActie(dichtNodig);
        var perKans = new ValueArray<string>[plan.Acties.Count];
        var perVraagstuk = new ValueArray<string>[plan.Acties.Count];
        for (var i = 0; i < perKans.Length; i++)
        {
            perKans[i] = kansen[elementen.Dicht[i]];
            perVraagstuk[i] = vraagstukken[elementen.Dicht[i]];
        }

        return (perKans, perVraagstuk);
    }

    // The cells of the matrix, in the order of the main tasks' places in the plan: the links bucketed by their first
    // main task, then counted per second main task.
    private static ValueArray<MatrixCel> Matrixcellen(Werkplan plan, Elementen elementen)
    {
        var kansen = plan.Koppelkansen.Count;
        var opgaven = plan.Hoofdopgaven.Count;
        var links = new List<(int Eerste, int Tweede, bool Kans, int? Sterkte)>(kansen + plan.Vraagstukken.Count);
        var perEerste = new int[opgaven + 1];
        void Tel(Wisselwerking w, Eind van, Eind naar, bool kans)
        {
            var a = elementen.Plaats(w.Van, van);
            var b = elementen.Plaats(w.Naar, naar);
            if (a >= 0 && b >= 0)
            {
                var (x, y) = a <= b ? (a, b) : (b, a);
                links.Add((x, y, kans, w.Sterkte));
                perEerste[x + 1]++;
            }
        }

        for (var k = 0; k < kansen; k++)
        {
            Tel(plan.Koppelkansen[k], elementen.Kansen[2 * k], elementen.Kansen[(2 * k) + 1], kans: true);
        }

        for (var k = 0; k < plan.Vraagstukken.Count; k++)
        {
            Tel(plan.Vraagstukken[k], elementen.Vraagstukken[2 * k], elementen.Vraagstukken[(2 * k) + 1], kans: false);
        }

        for (var x = 0; x < opgaven; x++)
        {
            perEerste[x + 1] += perEerste[x];
        }

        var geordend = new (int Tweede, bool Kans, int? Sterkte)[links.Count];
        var vulling = perEerste[..^1];
        foreach (var (x, y, kans, sterkte) in links)
        {
            geordend[vulling[x]++] = (y, kans, sterkte);
        }

        var cel = new int[opgaven];
        Array.Fill(cel, -1);
        var cellen = new List<(int Naar, int Plus, int Min, int? Som)>();
        var matrix = new List<MatrixCel>();
        for (var x = 0; x < opgaven; x++)
        {
            cellen.Clear();
            for (var i = perEerste[x]; i < perEerste[x + 1]; i++)
            {
                var (y, kans, sterkte) = geordend[i];
                if (cel[y] < 0)
                {
                    cel[y] = cellen.Count;
                    cellen.Add((y, 0, 0, null));
                }

                var c = cellen[cel[y]];
                cellen[cel[y]] = c with { Plus = c.Plus + (kans ? 1 : 0), Min = c.Min + (kans ? 0 : 1), Som = sterkte is { } s ? (c.Som ?? 0) + s : c.Som };
            }

            cellen.Sort((p, q) => p.Naar.CompareTo(q.Naar));
            foreach (var c in cellen)
            {
                matrix.Add(new MatrixCel(plan.Hoofdopgaven[x].Id, plan.Hoofdopgaven[c.Naar].Id, c.Plus, c.Min, c.Som));
                cel[c.Naar] = -1;
            }
        }

        return matrix.ToValueArray();
    }

    // Per vraagstuk the actions of both sides (each once, in order) with their decision, and whether one meeting decides them all.
    private static ValueArray<BotsproefRegel> Botsproefregels(Werkplan plan, Elementen elementen, Dictionary<string, string> besluiten)
    {
        var besluitVan = new string?[elementen.Ids.Length];
        var heeftBesluit = new bool[elementen.Ids.Length];
        for (var a = 0; a < besluitVan.Length; a++)
        {
            heeftBesluit[a] = besluiten.TryGetValue(elementen.Ids[a], out besluitVan[a]);
        }

        var gezien = new int[elementen.Ids.Length];
        Array.Fill(gezien, -1);
        var regels = new List<(string Actie, string? Besluit)>();
        var botsproef = new BotsproefRegel[plan.Vraagstukken.Count];
        for (var n = 0; n < botsproef.Length; n++)
        {
            var v = plan.Vraagstukken[n];
            regels.Clear();
            var vanGepland = Kant(v.Van, elementen.Vraagstukken[2 * n], n);
            var naarGepland = Kant(v.Naar, elementen.Vraagstukken[(2 * n) + 1], n);

            // One distinct meeting (or quarter) among the decided actions.
            string? enige = null;
            var gepland = 0;
            foreach (var (_, besluit) in regels)
            {
                if (besluit is not null && gepland < 2 && !string.Equals(besluit, enige, StringComparison.Ordinal))
                {
                    enige = besluit;
                    gepland++;
                }
            }

            botsproef[n] = new BotsproefRegel(v.Id, v.Titel, ValueArray<(string, string?)>.Wrap([.. regels]), vanGepland && naarGepland ? gepland == 1 : null);
        }

        return ValueArray<BotsproefRegel>.Wrap(botsproef);

        // Adds the side's actions not yet listed; whether any action of the side has a decision.
        bool Kant(Verwijzing v, Eind eind, int n)
        {
            if (v.Soort == ElementSoort.Actie)
            {
                if (eind.Actie >= 0)
                {
                    Voeg(eind.Actie, n);
                    return heeftBesluit[eind.Actie];
                }

                // An action the plan does not have.
                if (!regels.Exists(r => string.Equals(r.Actie, v.Id, StringComparison.Ordinal)))
                {
                    regels.Add((v.Id, besluiten.GetValueOrDefault(v.Id)));
                }

                return besluiten.ContainsKey(v.Id);
            }

            var any = false;
            foreach (var a in elementen.ActiesVan(eind))
            {
                Voeg(a, n);
                any |= heeftBesluit[a];
            }

            return any;
        }

        void Voeg(int a, int n)
        {
            if (gezien[a] != n)
            {
                gezien[a] = n;
                regels.Add((elementen.Ids[a], besluitVan[a]));
            }
        }
    }

    // Where each action's (last) decision is: the schedule's meeting, or else the plan's meeting or quarter.
    private static Dictionary<string, string> Besluiten(Werkplan plan, Planning? planning)
    {
        var besluiten = new Dictionary<string, string>(StringComparer.Ordinal);
        if (planning is not null)
        {
            foreach (var t in planning.Toewijzingen.Where(t => t.Fase == Fase.Besluitvorming))
            {
                besluiten[t.Actie] = t.Radenbijeenkomst;
            }

            return besluiten;
        }

        foreach (var actie in plan.Acties)
        {
            foreach (var moment in actie.Raadsmomenten.Where(m => m.Fase == Fase.Besluitvorming))
            {
                if ((moment.Radenbijeenkomst ?? moment.Kwartaal?.ToString()) is { } waar)
                {
                    besluiten[actie.Id] = waar;
                }
            }
        }

        return besluiten;
    }

    /// <summary>A Mermaid flowchart: main tasks as groups of their actions, koppelkansen as solid (+) and vraagstukken as dotted (−) edges.</summary>
    /// <param name="plan">The plan analysed.</param>
    public static string ToMermaid(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder("flowchart LR\n");
        var actiesVan = plan.Acties.ToLookup(a => a.Hoofdopgave, StringComparer.Ordinal);
        foreach (var h in plan.Hoofdopgaven)
        {
            text.Append("    subgraph ").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("[\"").Append(Label(h.Naam)).Append("\"]\n");
            foreach (var a in actiesVan[h.Id])
            {
                text.Append("        ").Append(Id(ElementSoort.Actie, a.Id)).Append("[\"").Append(Label(a.Id + " " + a.Titel)).Append("\"]\n");
            }

            text.Append("    end\n");
        }

        foreach (var k in plan.Koppelkansen)
        {
            text.Append("    ").Append(Id(k.Van)).Append(" -- \"+ ").Append(Label(k.Id)).Append("\" --- ").Append(Id(k.Naar)).Append('\n');
        }

        foreach (var v in plan.Vraagstukken)
        {
            text.Append("    ").Append(Id(v.Van)).Append(" -. \"− ").Append(Label(v.Id)).Append("\" .- ").Append(Id(v.Naar)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>A Graphviz DOT graph: main tasks as clusters of their actions, koppelkansen green and solid, vraagstukken red and dashed.</summary>
    /// <param name="plan">The plan analysed.</param>
    public static string ToDot(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder("graph samenhang {\n    rankdir=LR;\n    node [shape=box];\n");
        var actiesVan = plan.Acties.ToLookup(a => a.Hoofdopgave, StringComparer.Ordinal);
        foreach (var h in plan.Hoofdopgaven)
        {
            text.Append("    subgraph \"cluster_").Append(Dot(h.Id)).Append("\" {\n        label=\"").Append(Dot(h.Naam)).Append("\";\n");
            text.Append("        \"").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("\" [label=\"").Append(Dot(h.Naam)).Append("\", shape=ellipse];\n");
            foreach (var a in actiesVan[h.Id])
            {
                text.Append("        \"").Append(Id(ElementSoort.Actie, a.Id)).Append("\" [label=\"").Append(Dot(a.Id + " " + Kort(a.Titel))).Append("\"];\n");
            }

            text.Append("    }\n");
        }

        foreach (var k in plan.Koppelkansen)
        {
            text.Append("    \"").Append(Id(k.Van)).Append("\" -- \"").Append(Id(k.Naar)).Append("\" [label=\"+ ").Append(Dot(k.Id)).Append("\", color=darkgreen];\n");
        }

        foreach (var v in plan.Vraagstukken)
        {
            text.Append("    \"").Append(Id(v.Van)).Append("\" -- \"").Append(Id(v.Naar)).Append("\" [label=\"− ").Append(Dot(v.Id)).Append("\", color=red, style=dashed];\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The analysis as JSON: <c>matrix</c>, <c>perActie</c> and <c>botsproef</c>.</summary>
    public string ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var w = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("matrix");
            foreach (var c in Matrix)
            {
                w.WriteStartObject();
                w.WriteString("van", c.Van);
                w.WriteString("naar", c.Naar);
                w.WriteNumber("koppelkansen", c.Koppelkansen);
                w.WriteNumber("vraagstukken", c.Vraagstukken);
                if (c.Sterkte is { } s)
                {
                    w.WriteNumber("sterkte", s);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("perActie");
            foreach (var a in PerActie)
            {
                w.WriteStartObject();
                w.WriteString("actie", a.Actie);
                Lijst(w, "koppelkansen", a.Koppelkansen);
                Lijst(w, "vraagstukken", a.Vraagstukken);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("botsproef");
            foreach (var b in Botsproef)
            {
                w.WriteStartObject();
                w.WriteString("vraagstuk", b.Vraagstuk);
                w.WriteString("titel", b.Titel);
                if (b.Samen is { } samen)
                {
                    w.WriteBoolean("samen", samen);
                }
                else
                {
                    w.WriteNull("samen");
                }

                w.WriteStartArray("besluiten");
                foreach (var (actie, besluit) in b.Besluiten)
                {
                    w.WriteStartObject();
                    w.WriteString("actie", actie);
                    w.WriteString("besluit", besluit);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Lijst(System.Text.Json.Utf8JsonWriter w, string naam, ValueArray<string> ids)
    {
        w.WriteStartArray(naam);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    // One end of a link, looked up once: the action it names (dense index) and the main task (dense index), -1 when none.
    private readonly record struct Eind(int Actie, int Opgave);

    // The plan's actions and main tasks by id, built once per analysis, with every link's ends looked up.
    private sealed class Elementen
    {
        private readonly Werkplan _plan;

        public Elementen(Werkplan plan)
        {
            _plan = plan;
            var acties = plan.Acties;
            Dicht = new int[acties.Count];
            var ids = new List<string>(acties.Count);
            var opgaveVan = new List<int>(acties.Count);

            // Main tasks: the plan's, then those only actions name; each with its place in the plan (-1 for the latter).
            var plaatsen = new List<int>();
            var perOpgave = new List<List<int>>();
            for (var i = 0; i < plan.Hoofdopgaven.Count; i++)
            {
                if (Opgave.TryAdd(plan.Hoofdopgaven[i].Id, plaatsen.Count))
                {
                    plaatsen.Add(i);
                    perOpgave.Add([]);
                }
            }

            for (var i = 0; i < acties.Count; i++)
            {
                var actie = acties[i];
                var opgave = -1;
                if (actie.Hoofdopgave is { } h && !Opgave.TryGetValue(h, out opgave))
                {
                    opgave = plaatsen.Count;
                    Opgave.Add(h, opgave);
                    plaatsen.Add(-1);
                    perOpgave.Add([]);
                }

                if (!Actie.TryGetValue(actie.Id, out var a))
                {
                    a = ids.Count;
                    Actie.Add(actie.Id, a);
                    ids.Add(actie.Id);
                    opgaveVan.Add(opgave < 0 ? -1 : plaatsen[opgave]);
                }

                Dicht[i] = a;
                if (opgave >= 0)
                {
                    perOpgave[opgave].Add(a);
                }
            }

            Ids = [.. ids];
            _opgaveVan = [.. opgaveVan];
            _plaatsen = [.. plaatsen];
            _acties = [.. perOpgave.Select(l => l.ToArray())];
            Kansen = Einden(plan.Koppelkansen.AsSpan());
            Vraagstukken = Einden(plan.Vraagstukken.AsSpan());
        }

        private readonly int[] _opgaveVan;
        private readonly int[] _plaatsen;
        private readonly int[][] _acties;

        // Distinct action id to dense index (first occurrence in the plan).
        public Dictionary<string, int> Actie { get; } = new(StringComparer.Ordinal);

        // Main task id to dense index.
        public Dictionary<string, int> Opgave { get; } = new(StringComparer.Ordinal);

        // Dense index to action id.
        public string[] Ids { get; }

        // Plan position of an action to its dense index.
        public int[] Dicht { get; }

        // The ends of the koppelkansen and of the vraagstukken, two per link (van, naar).
        public Eind[] Kansen { get; }

        public Eind[] Vraagstukken { get; }

        // The place in the plan of the main task of a link's end (the action's, for an action), -1 when the plan has none.
        public int Plaats(Verwijzing v, Eind eind) =>
            v.Soort == ElementSoort.Hoofdopgave
                ? eind.Opgave >= 0 ? _plaatsen[eind.Opgave] : -1
                : eind.Actie >= 0 ? _opgaveVan[eind.Actie] : -1;

        // The actions (dense, in the plan's order, an id once per action) of a main-task end.
        public int[] ActiesVan(Eind eind) => eind.Opgave >= 0 ? _acties[eind.Opgave] : [];

        // Per dense action, the ids of the koppelkansen and of the vraagstukken that touch it, in the plan's order; only
        // for the actions `nodig` marks (all when null).
        public (ValueArray<string>[] Koppelkansen, ValueArray<string>[] Vraagstukken) PerActie(bool[]? nodig) =>
            (Lijsten(_plan.Koppelkansen.AsSpan(), Kansen, nodig), Lijsten(_plan.Vraagstukken.AsSpan(), Vraagstukken, nodig));

        // One pass over the links for the actions each touches (its action ends and the actions of its main-task ends,
        // each once), then the ids per action, in the links' order.
        private ValueArray<string>[] Lijsten<T>(ReadOnlySpan<T> links, Eind[] einden, bool[]? nodig)
            where T : Wisselwerking
        {
            // Room for every end's actions, before duplicates are dropped.
            var ruimte = 0L;
            for (var k = 0; k < einden.Length; k++)
            {
                ruimte += einden[k].Actie >= 0 ? 1 : ActiesVan(einden[k]).Length;
            }

            var geraakt = new List<int>((int)Math.Min(ruimte, Array.MaxLength));
            var begin = new int[links.Length + 1];
            var gezien = new int[Ids.Length];
            Array.Fill(gezien, -1);
            var aantal = new int[Ids.Length];
            for (var k = 0; k < links.Length; k++)
            {
                begin[k] = geraakt.Count;
                Raak(links[k].Van, einden[2 * k], k);
                Raak(links[k].Naar, einden[(2 * k) + 1], k);
            }

            begin[links.Length] = geraakt.Count;
            var lijsten = new string[Ids.Length][];
            for (var a = 0; a < lijsten.Length; a++)
            {
                lijsten[a] = aantal[a] == 0 ? [] : new string[aantal[a]];
                aantal[a] = 0;
            }

            for (var k = 0; k < links.Length; k++)
            {
                var id = links[k].Id;
                for (var j = begin[k]; j < begin[k + 1]; j++)
                {
                    var a = geraakt[j];
                    lijsten[a][aantal[a]++] = id;
                }
            }

            var uit = new ValueArray<string>[lijsten.Length];
            for (var a = 0; a < uit.Length; a++)
            {
                uit[a] = ValueArray<string>.Wrap(lijsten[a]);
            }

            return uit;

            void Raak(Verwijzing v, Eind eind, int k)
            {
                if (v.Soort == ElementSoort.Actie)
                {
                    Tel(eind.Actie, k);
                }
                else
                {
                    foreach (var a in ActiesVan(eind))
                    {
                        Tel(a, k);
                    }
                }
            }

            void Tel(int a, int k)
            {
                if (a >= 0 && gezien[a] != k && (nodig is null || nodig[a]))
                {
                    gezien[a] = k;
                    aantal[a]++;
                    geraakt.Add(a);
                }
            }
        }

        private Eind[] Einden<T>(ReadOnlySpan<T> links)
            where T : Wisselwerking
        {
            var einden = new Eind[links.Length * 2];
            for (var k = 0; k < links.Length; k++)
            {
                einden[2 * k] = Zoek(links[k].Van);
                einden[(2 * k) + 1] = Zoek(links[k].Naar);
            }

            return einden;
        }

        private Eind Zoek(Verwijzing v) => new(
            v.Soort != ElementSoort.Hoofdopgave ? Actie.GetValueOrDefault(v.Id, -1) : -1,
            v.Soort != ElementSoort.Actie ? Opgave.GetValueOrDefault(v.Id, -1) : -1);
    }

    private static string Id(Verwijzing v) => Id(v.Soort, v.Id);

    // Node ids: letters, digits and underscores only, distinct for actions and main tasks.
    private static string Id(ElementSoort soort, string id)
    {
        var text = new StringBuilder(soort == ElementSoort.Actie ? "a_" : "h_");
        foreach (var c in id)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
            if (!char.IsAsciiLetterOrDigit(c))
            {
                text.Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return text.ToString();
    }

    private static string Kort(string titel) => titel.Length > 48 ? titel[..47] + "…" : titel;

    private static string Label(string text) => Kort(text).Replace("\"", "'", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static string Dot(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
