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
        var hoofdopgaveVan = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var actie in plan.Acties)
        {
            hoofdopgaveVan.TryAdd(actie.Id, actie.Hoofdopgave);
        }

        var volgorde = plan.Hoofdopgaven.Select((h, i) => (h.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
        string? Opgave(Verwijzing v) => v.Soort == ElementSoort.Hoofdopgave ? v.Id : hoofdopgaveVan.GetValueOrDefault(v.Id);

        var cellen = new SortedDictionary<(int, int, string, string), (int Plus, int Min, int? Som)>();
        void Tel(Wisselwerking w, bool kans)
        {
            if (Opgave(w.Van) is not { } a || Opgave(w.Naar) is not { } b || !volgorde.ContainsKey(a) || !volgorde.ContainsKey(b))
            {
                return;
            }

            var (x, y) = volgorde[a] <= volgorde[b] ? (a, b) : (b, a);
            var sleutel = (volgorde[x], volgorde[y], x, y);
            var cel = cellen.GetValueOrDefault(sleutel);
            cellen[sleutel] = (cel.Plus + (kans ? 1 : 0), cel.Min + (kans ? 0 : 1), w.Sterkte is { } s ? (cel.Som ?? 0) + s : cel.Som);
        }

        foreach (var k in plan.Koppelkansen)
        {
            Tel(k, kans: true);
        }

        foreach (var v in plan.Vraagstukken)
        {
            Tel(v, kans: false);
        }

        // The actions each link touches: its action ends, and every action of its main-task ends; one pass over the links.
        var actiesVanOpgave = plan.Acties.ToLookup(a => a.Hoofdopgave, a => a.Id, StringComparer.Ordinal);
        var kansenPerActie = plan.Acties.Select(a => a.Id).Distinct(StringComparer.Ordinal).ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        var vraagstukkenPerActie = kansenPerActie.Keys.ToDictionary(id => id, _ => new List<string>(), StringComparer.Ordinal);
        void Koppel(Wisselwerking w, Dictionary<string, List<string>> perActie)
        {
            var geraakt = new HashSet<string>(StringComparer.Ordinal);
            foreach (var eind in new[] { w.Van, w.Naar })
            {
                if (eind.Soort == ElementSoort.Actie)
                {
                    geraakt.Add(eind.Id);
                }
                else
                {
                    geraakt.UnionWith(actiesVanOpgave[eind.Id]);
                }
            }

            foreach (var actie in geraakt)
            {
                perActie.GetValueOrDefault(actie)?.Add(w.Id);
            }
        }

        foreach (var k in plan.Koppelkansen)
        {
            Koppel(k, kansenPerActie);
        }

        foreach (var v in plan.Vraagstukken)
        {
            Koppel(v, vraagstukkenPerActie);
        }

        var perActie = plan.Acties.Select(a => new ActieSamenhang(a.Id, kansenPerActie[a.Id].ToValueArray(), vraagstukkenPerActie[a.Id].ToValueArray()));

        var besluiten = Besluiten(plan, planning);
        IEnumerable<string> Acties(Verwijzing v) =>
            v.Soort == ElementSoort.Actie ? [v.Id] : actiesVanOpgave[v.Id];
        var botsproef = plan.Vraagstukken.Select(v =>
        {
            var acties = Acties(v.Van).Concat(Acties(v.Naar)).Distinct(StringComparer.Ordinal).ToList();
            var regels = acties.Select(a => (a, besluiten.GetValueOrDefault(a))).ToValueArray();
            var gepland = regels.Where(r => r.Item2 is not null).Select(r => r.Item2).Distinct(StringComparer.Ordinal).Count();
            var beideKanten = Acties(v.Van).Any(a => besluiten.ContainsKey(a)) && Acties(v.Naar).Any(a => besluiten.ContainsKey(a));
            return new BotsproefRegel(v.Id, v.Titel, regels, beideKanten ? gepland == 1 : null);
        });

        return new SamenhangAnalyse
        {
            Matrix = cellen.Select(c => new MatrixCel(c.Key.Item3, c.Key.Item4, c.Value.Plus, c.Value.Min, c.Value.Som)).ToValueArray(),
            PerActie = perActie.ToValueArray(),
            Botsproef = botsproef.ToValueArray(),
        };
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
        foreach (var h in plan.Hoofdopgaven)
        {
            text.Append("    subgraph ").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("[\"").Append(Label(h.Naam)).Append("\"]\n");
            foreach (var a in plan.Acties.Where(a => a.Hoofdopgave == h.Id))
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
        foreach (var h in plan.Hoofdopgaven)
        {
            text.Append("    subgraph \"cluster_").Append(Dot(h.Id)).Append("\" {\n        label=\"").Append(Dot(h.Naam)).Append("\";\n");
            text.Append("        \"").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("\" [label=\"").Append(Dot(h.Naam)).Append("\", shape=ellipse];\n");
            foreach (var a in plan.Acties.Where(a => a.Hoofdopgave == h.Id))
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
