using System.Text;
using Zk.Domain.Samenhang;
using Zk.Domain.Werkplannen;
using Zk.Domain.Wisselwerkingen;

namespace Zk.Domain.Documenten.Export;

/// <summary>
/// The coherence of a plan as text for tools: a <see cref="SamenhangAnalyse"/> as JSON, and the plan's main tasks,
/// actions, koppelkansen and vraagstukken as a Mermaid flowchart or a Graphviz DOT graph.
/// </summary>
/// <remarks>Every title, name and id is written so that it cannot break the syntax around it (escaped, shortened; the
/// rules are in <c>Export/Opmaak.cs</c>). Pure and thread-safe.</remarks>
public static class SamenhangExport
{
    /// <summary>The analysis as JSON: <c>matrix</c>, <c>perActie</c> and <c>botsproef</c>.</summary>
    /// <param name="analyse">The analysis.</param>
    public static string ToJson(this SamenhangAnalyse analyse)
    {
        ArgumentNullException.ThrowIfNull(analyse);
        return JsonExport.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("matrix");
            foreach (var c in analyse.Matrix)
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
            foreach (var a in analyse.PerActie)
            {
                w.WriteStartObject();
                w.WriteString("actie", a.Actie);
                JsonExport.WriteStrings(w, "koppelkansen", a.Koppelkansen);
                JsonExport.WriteStrings(w, "vraagstukken", a.Vraagstukken);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("botsproef");
            foreach (var b in analyse.Botsproef)
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
        });
    }

    /// <summary>A Mermaid flowchart: main tasks as groups of their actions, koppelkansen as solid (+) and vraagstukken as dotted (−) edges.</summary>
    /// <param name="plan">The plan.</param>
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
    /// <param name="plan">The plan.</param>
    public static string ToDot(Werkplan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var text = new StringBuilder("graph samenhang {\n    rankdir=LR;\n    node [shape=box];\n");
        var actiesVan = plan.Acties.ToLookup(a => a.Hoofdopgave, StringComparer.Ordinal);
        foreach (var h in plan.Hoofdopgaven)
        {
            text.Append("    subgraph \"cluster_").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("\" {\n        label=\"").Append(Dot(h.Naam)).Append("\";\n");
            text.Append("        \"").Append(Id(ElementSoort.Hoofdopgave, h.Id)).Append("\" [label=\"").Append(Dot(h.Naam)).Append("\", shape=ellipse];\n");
            foreach (var a in actiesVan[h.Id])
            {
                text.Append("        \"").Append(Id(ElementSoort.Actie, a.Id)).Append("\" [label=\"").Append(Dot(a.Id + " " + a.Titel)).Append("\"];\n");
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

    // Node ids: letters, digits and underscores only, distinct for actions and main tasks (see Opmaak).
    private static string Id(ElementSoort soort, string id) => Opmaak.Id(soort == ElementSoort.Actie ? "a_" : "h_", id);

    private static string Label(string text) => Opmaak.MermaidLabel(text);

    private static string Dot(string text) => Opmaak.Dot(text);
}
