using System.Globalization;
using System.Text;
using Zk.Domain.Besturing;
using Zk.Domain.Collections;
using Zk.Domain.Inplannen;
using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;

namespace Zk.Domain.Tests.Samenhang;

/// <summary>
/// The coherence analysis as it was before it was made fast (commit 1934895), kept verbatim as the oracle the fast one
/// must agree with.
/// </summary>
internal static class SamenhangReferentie
{
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
